import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ghost, team } from './helpers/apiApp.js';
import { key, later, start, startCredentialsSuite } from './helpers/credentialsSuite.js';

/*
 * api.md "Who may change what" and "Support tokens", through the Hono app on PGlite: what a
 * client secret may change, and support tokens across sessions, expiry, confirm and states.
 */

let now = start;
const { store, call, createSession, read, patch, confirm, mint, supportToken } =
  await startCredentialsSuite(() => now);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

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

describe('POST /checkout_session/{id}/support_tokens', () => {
  it('mints a token for one agent, shown once and stored as its hash', async () => {
    const { id } = await createSession();
    const res = await mint(id, { actor: '  Grace (support) ' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      object: 'support_token',
      token: expect.stringMatching(/^st_[A-Za-z0-9_-]{43}$/),
      session_id: id,
      actor: 'Grace (support)',
      expires_at: '2026-06-01T10:15:00.000Z',
    });
    const { rows } = await store.pglite.query<Record<string, unknown>>(
      'SELECT * FROM support_tokens WHERE session_id = $1',
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(sha256(res.body.token));
    expect(JSON.stringify(rows)).not.toContain(res.body.token);
  });

  it.each([
    [{ actor: 'a', ttl_seconds: 60 }, 201, '2026-06-01T10:01:00.000Z'],
    [{ actor: 'a', ttl_seconds: 3600 }, 201, '2026-06-01T11:00:00.000Z'],
    [{ actor: 'x'.repeat(100) }, 201, '2026-06-01T10:15:00.000Z'],
  ])('%j → %i, expiring at %s', async (body, status, expiresAt) => {
    const { id } = await createSession();
    const res = await mint(id, body);
    expect(res.status).toBe(status);
    expect(res.body.expires_at).toBe(expiresAt);
  });

  it.each([
    [{ actor: 'a', ttl_seconds: 59 }, 'ttl_seconds', 'ttl_out_of_range'],
    [{ actor: 'a', ttl_seconds: 3601 }, 'ttl_seconds', 'ttl_out_of_range'],
    [{ actor: 'a', ttl_seconds: -1 }, 'ttl_seconds', 'ttl_out_of_range'],
    [{ actor: '' }, 'actor', 'required'],
    [{ actor: '   ' }, 'actor', 'required'],
    [{ actor: 'x'.repeat(101) }, 'actor', 'too_long'],
    [{ actor: 'Grace\u202e' }, 'actor', 'invalid_characters'],
  ])('%j → 422 at %s (%s), nothing stored', async (body, path, code) => {
    const { id } = await createSession();
    const res = await mint(id, body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual([{ path, code, message: expect.any(String) }]);
    const { rows } = await store.pglite.query(
      'SELECT 1 FROM support_tokens WHERE session_id = $1',
      [id],
    );
    expect(rows).toHaveLength(0);
  });

  it.each([
    [{}, 'actor'],
    [{ actor: 7 }, 'actor'],
    [{ actor: 'a', ttl_seconds: '900' }, 'ttl_seconds'],
    [{ actor: 'a', ttl_seconds: 90.5 }, 'ttl_seconds'],
    [{ actor: 'a', scope: 'all' }, 'scope'],
  ])('%j → 400 invalid_request at %s (the JSON Schema rejects it)', async (body, path) => {
    const { id } = await createSession();
    const res = await mint(id, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([path]);
  });

  it('needs the secret key (401), a session id (400) and an existing session (404)', async () => {
    const { id, secret } = await createSession();
    const token = await supportToken(id);
    expect((await mint(id, { actor: 'a' }, secret)).status).toBe(401);
    expect((await mint(id, { actor: 'a' }, token)).status).toBe(401);
    expect((await mint(id, { actor: 'a' }, '')).status).toBe(401);
    expect((await mint('nope', { actor: 'a' })).body.error.code).toBe('invalid_session_id');
    const missing = await mint(ghost, { actor: 'a' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('session_not_found');
    // 404 comes before 422.
    expect((await mint(ghost, { actor: '' })).status).toBe(404);
  });
});

describe('a support token', () => {
  it('reads, previews and updates every field of its session, recorded as support', async () => {
    const { id } = await createSession();
    const token = await supportToken(id);
    expect((await read(id, token)).status).toBe(200);
    const preview = await call('POST', '/checkout_session/summary', {
      token,
      body: { contract: team(4) },
    });
    expect(preview.status).toBe(200);
    const res = await patch(id, token, {
      expires_at: later,
      success_url: 'https://shop.example/done',
      custom_data: { ticket: 'T-42' },
      customer: { name: 'Ada' },
      update_reason: 'customer_correction',
    });
    expect(res.status).toBe(200);
    const [entry] = res.body.custom_data.audit_trail;
    expect(entry).toMatchObject({
      actor: 'support',
      actor_name: 'Grace (support)',
      request_id: res.headers.get('request-id'),
      reason: 'customer_correction',
    });
    expect(entry.changes.map((c: { field: string }) => c.field)).toEqual(
      expect.arrayContaining(['expires_at', 'success_url', 'custom_data.ticket', 'customer.name']),
    );
  });

  it('cannot confirm: 403 forbidden, nothing written', async () => {
    const { id } = await createSession();
    const token = await supportToken(id);
    const res = await confirm(id, token);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await read(id)).body).toMatchObject({ version: 1, payment_status: 'not_started' });
  });

  it("gets 404 on another session's id, as an unknown id", async () => {
    const mine = await createSession();
    const other = await createSession();
    const token = await supportToken(mine.id);
    for (const res of [
      await read(other.id, token),
      await patch(other.id, token, { custom_data: { a: 1 } }),
      await confirm(other.id, token),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('session_not_found');
    }
    expect((await read(other.id)).body.version).toBe(1);
  });

  it('stops working at expires_at (401), by the injected clock', async () => {
    const { id } = await createSession();
    const token = await supportToken(id, { ttl_seconds: 60 });
    try {
      now = new Date(start.getTime() + 59_999);
      expect((await read(id, token)).status).toBe(200);
      now = new Date(start.getTime() + 60_000);
      const expired = await read(id, token);
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('unauthorized');
      expect((await patch(id, token, { custom_data: { a: 1 } })).status).toBe(401);
    } finally {
      now = start;
    }
  });

  it('is minted for a session in any state, and reads a closed one', async () => {
    const { id, secret } = await createSession();
    expect((await confirm(id, secret)).status).toBe(200);
    const token = await supportToken(id);
    const res = await read(id, token);
    expect(res.body).toMatchObject({ status: 'complete', payment_status: 'paid' });
    const update = await patch(id, token, { custom_data: { a: 1 } });
    expect(update.body.error.code).toBe('session_not_open');
  });
});
