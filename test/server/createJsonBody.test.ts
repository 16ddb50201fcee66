import { describe, expect, it } from 'vitest';
import { createJsonBody } from '../../src/server/createJsonBody.js';

const jsonBody = createJsonBody();
// The body as text, whether it came as text or as UTF-8 bytes.
const jsonText = (body: unknown) => {
  const made = jsonBody(body);
  return typeof made === 'string' ? made : Buffer.concat(made).toString();
};

/*
 * jsonBody builds a session response from each audit entry's remembered bytes: it must give
 * exactly JSON.stringify's text (as UTF-8), whatever the body.
 */

const entry = (version: number) => ({
  at: '2026-06-01T10:00:00.000Z',
  version,
  actor: 'merchant',
  actor_name: null,
  request_id: `req_${version}`,
  changes: [
    { field: 'custom_data.a', from: null, to: 'é "quoted" \n \u2028' },
    {
      field: 'success_url',
      from: { truncated: true, prefix: 'https://', length: 300, sha256: 'ab'.repeat(32) },
      to: undefined,
    },
  ],
});

describe('jsonBody (responses with an audit trail)', () => {
  it('gives JSON.stringify’s text for a session, every time', () => {
    const trail = [entry(2), entry(3)];
    const customData = JSON.parse('{"__proto__": "x", "constructor": "y"}');
    customData.skip = undefined;
    customData.audit_trail = trail;
    customData.after = 1;
    const session = { id: 's', version: 3, custom_data: customData, gone: undefined, n: null };
    expect(jsonText(session)).toBe(JSON.stringify(session));
    // The entries' texts are remembered now; a new session sharing them still matches.
    const next = { ...session, custom_data: { ...customData, audit_trail: [...trail, entry(4)] } };
    expect(jsonText(next)).toBe(JSON.stringify(next));
    expect(jsonText(session)).toBe(JSON.stringify(session));
  });

  it('gives JSON.stringify’s text for anything else', () => {
    const bodies: unknown[] = [
      { error: { code: 'x', message: 'y' } },
      { custom_data: {} },
      { custom_data: { audit_trail: [] } },
      { custom_data: { audit_trail: 'not an array' } },
      { custom_data: { audit_trail: [null, 1, 'a', [2], undefined] } },
      [1, 2],
      'text',
      null,
      { estimates: [{ total: 1 }] },
      { custom_data: new Map(), audit_trail: [] },
    ];
    for (const body of bodies) expect(jsonText(body)).toBe(JSON.stringify(body));
  });
});
