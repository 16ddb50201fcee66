import { describe, expect, it } from 'vitest';
import { team } from './helpers/apiApp.js';
import { key, later, start, startCredentialsSuite } from './helpers/credentialsSuite.js';

/*
 * api.md "Who may change what", through the Hono app on PGlite: what a client secret may change,
 * and the order of its checks (support tokens: supportTokens.test.ts).
 */

const { createSession, read, patch, confirm } = await startCredentialsSuite(() => start);

const merchantFields: [string, unknown][] = [
  ['expires_at', later],
  ['success_url', 'https://evil.example/done'],
  ['cancel_url', 'https://evil.example/cancel'],
  ['pending_url', 'https://evil.example/pending'],
  ['custom_data', { plan_override: 'free' }],
  ['success_url', null],
  ['custom_data', {}],
];

describe('a client secret may change shopper fields only', () => {
  it.each(merchantFields)(
    '%s (%j) with the client secret → 403 forbidden_field, nothing written',
    async (field, value) => {
      const { id, secret } = await createSession();
      const before = (await read(id)).body;
      const res = await patch(id, secret, { [field]: value, update_reason: 'other' });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden_field');
      expect(res.body.error.details).toEqual([
        { path: field, code: 'forbidden_field', message: expect.any(String) },
      ]);
      expect((await read(id)).body).toEqual(before);
    },
  );

  it('names every merchant field sent, and nothing of the shopper fields beside them is written', async () => {
    const { id, secret } = await createSession();
    const res = await patch(id, secret, {
      contract: team(5),
      customer: { name: 'Mallory' },
      expires_at: later,
      custom_data: { vip: true },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'expires_at',
      'custom_data',
    ]);
    const after = (await read(id)).body;
    expect(after).toMatchObject({
      version: 1,
      contract: team(),
      customer: { email: 'ada@example.com' },
    });
  });

  it('lets the client secret change every shopper field', async () => {
    const { id, secret } = await createSession();
    const res = await patch(id, secret, {
      contract: team(5),
      customer: { name: 'Ada' },
      attribution: { utm_source: 'mail' },
      currency: 'USD',
      update_reason: 'quantity_change',
      update_note: 'two more',
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
  });

  it('lets the secret key change the merchant fields', async () => {
    const { id } = await createSession();
    const res = await patch(id, key, { expires_at: later, custom_data: { vip: true } });
    expect(res.status).toBe(200);
  });

  it('checks in the order 404 → 403 → 409 → 412 → 422', async () => {
    const { id, secret } = await createSession();
    const other = await createSession();
    const forbidden = { expires_at: later };
    // Another session's id is a 404 before anything else about the body.
    expect((await patch(other.id, secret, forbidden)).status).toBe(404);
    // 403 wins over 412 and 422.
    const res = await patch(
      id,
      secret,
      { ...forbidden, currency: 'usd' },
      {
        headers: { 'if-match': '"9"' },
      },
    );
    expect(res.status).toBe(403);
    // 403 wins over 409 on a session that is no longer open.
    expect((await confirm(id, secret)).status).toBe(200);
    expect((await patch(id, secret, forbidden)).status).toBe(403);
    expect((await patch(id, secret, { contract: team(5) })).body.error.code).toBe(
      'session_not_open',
    );
  });
});
