import { describe, expect, it } from 'vitest';
import { ghost, team } from './helpers/apiApp.js';
import { key, startApiSuite } from './helpers/apiSuite.js';

/*
 * The contract of api.md for creating, reading, confirming and pricing a session, through the
 * Hono app without a socket (updates: apiUpdates.test.ts). One PGlite database for the file;
 * every test creates its own sessions.
 */

let now = new Date('2026-06-01T10:00:00.000Z');
const { call, createSession, patch, confirm } = await startApiSuite(() => now);

describe('POST /checkout_session', () => {
  it('creates an open session at version 1 and returns its client secret once', async () => {
    const res = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: team(5), customer: { email: 'ada@example.com' } },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({ object: 'checkout_session', status: 'open', version: 1 });
    expect(res.body.estimates.total).toBe(6000);
    expect(res.body.client_secret).toMatch(/^cs_[0-9a-f-]{36}_secret_[\w-]{43}$/);
    const read = await call('GET', `/checkout_session/${res.body.id}`, { token: key });
    expect(read.body).not.toHaveProperty('client_secret');
    const { client_secret: _, ...session } = res.body;
    expect(read.body).toEqual(session);
  });

  it('accepts only the secret key', async () => {
    const { secret } = await createSession();
    const body = { contract: team() };
    expect((await call('POST', '/checkout_session', { body })).status).toBe(401);
    expect((await call('POST', '/checkout_session', { token: secret, body })).status).toBe(401);
    const wrong = await call('POST', '/checkout_session', { token: 'sk_wrong', body });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('unauthorized');
  });

  it('rejects unknown fields with 400 and invalid values with 422', async () => {
    const unknown = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: team(), status: 'complete' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('invalid_request');
    expect(unknown.body.error.details).toContainEqual(expect.objectContaining({ path: 'status' }));
    const invalid = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: { plan_id: 'nope', currency: 'USD' }, success_url: 'javascript:alert(1)' },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('validation_failed');
    const codes = invalid.body.error.details.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['unknown_plan', 'invalid_url']));
  });
});

describe('GET /checkout_session/{id}', () => {
  it('reads a session with the secret key or its own client secret, with an ETag', async () => {
    const { id, secret } = await createSession();
    for (const token of [key, secret]) {
      const res = await call('GET', `/checkout_session/${id}`, { token });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBe('"1"');
      expect(res.body.id).toBe(id);
    }
  });

  it("answers another session's client secret exactly like an unknown id", async () => {
    const a = await createSession();
    const b = await createSession();
    const other = await call('GET', `/checkout_session/${b.id}`, { token: a.secret });
    const unknown = await call('GET', `/checkout_session/${ghost}`, { token: key });
    expect(other.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(other.body.error.code).toBe('session_not_found');
    expect(other.body.error.message.replace(b.id, ghost)).toBe(unknown.body.error.message);
  });

  it('checks the credential before the id, and the id before anything else', async () => {
    expect((await call('GET', '/checkout_session/not-a-uuid')).status).toBe(401);
    const res = await call('GET', '/checkout_session/not-a-uuid', { token: key });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_session_id');
  });

  it('rejects a forged or tampered client secret with 401', async () => {
    const { id, secret } = await createSession();
    const tampered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [tampered, `cs_${id}_secret_x`, 'Bearer', secret.toUpperCase()]) {
      expect((await call('GET', `/checkout_session/${id}`, { token })).status).toBe(401);
    }
    const basic = await call('GET', `/checkout_session/${id}`, {
      headers: { authorization: `Basic ${key}` },
    });
    expect(basic.status).toBe(401);
    expect(basic.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('shows an open session past expires_at as expired', async () => {
    const { id } = await createSession({
      expires_at: new Date(now.getTime() + 3_600_000).toISOString(),
    });
    const saved = now;
    now = new Date(saved.getTime() + 3_600_000);
    try {
      const res = await call('GET', `/checkout_session/${id}`, { token: key });
      expect(res.body.status).toBe('expired');
      const update = await patch(id, { custom_data: { a: 1 } });
      expect(update.status).toBe(409);
      expect(update.body.error).toMatchObject({ code: 'session_not_open', status: 'expired' });
    } finally {
      now = saved;
    }
  });
});

describe('POST /checkout_session/{id}/confirm', () => {
  it.each([
    ['pm_card_ok', 'complete', 'paid'],
    ['pm_card_pending', 'open', 'processing'],
    ['pm_card_declined', 'open', 'failed'],
  ])('%s → status %s, payment_status %s, then no more changes', async (pm, status, payment) => {
    const { id, secret } = await createSession();
    const res = await confirm(id, { payment_method: pm }, { token: secret });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status, payment_status: payment, version: 2 });
    expect(res.headers.get('etag')).toBe('"2"');
    const again = await confirm(id, { payment_method: 'pm_card_ok' });
    expect(again.status).toBe(409);
    const update = await patch(id, { custom_data: { a: 1 } });
    expect(update.body.error.code).toBe(
      status === 'complete' ? 'session_not_open' : 'payment_already_started',
    );
  });

  it('needs a guest email first, a valid payment method and a matching If-Match', async () => {
    const { id } = await createSession({ customer: undefined });
    const noEmail = await confirm(id, { payment_method: 'pm_card_ok' });
    expect(noEmail.status).toBe(422);
    expect(noEmail.body.error.details[0]).toMatchObject({
      path: 'customer.email',
      code: 'required',
    });
    expect((await confirm(id, { payment_method: 'pm_cash' })).status).toBe(400);
    expect((await confirm(id, undefined)).status).toBe(400);
    await patch(id, { customer: { email: 'g@example.com' } });
    const stale = await confirm(
      id,
      { payment_method: 'pm_card_ok' },
      { headers: { 'if-match': '"1"' } },
    );
    expect(stale.status).toBe(412);
  });
});

describe('POST /checkout_session/summary', () => {
  it('prices a contract for the merchant or an open session, writing nothing', async () => {
    const { secret } = await createSession();
    for (const token of [key, secret]) {
      const res = await call('POST', '/checkout_session/summary', {
        token,
        body: { contract: { plan_id: 'scale', quantity: 60, currency: 'USD' } },
      });
      expect(res.status).toBe(200);
      expect(res.body.estimates.total).toBe(630000);
    }
  });

  it('is 401 without a credential or with the secret of a session that is not open', async () => {
    const { id, secret } = await createSession();
    await confirm(id, { payment_method: 'pm_card_ok' });
    const body = { contract: team() };
    expect((await call('POST', '/checkout_session/summary', { body })).status).toBe(401);
    const closed = await call('POST', '/checkout_session/summary', { token: secret, body });
    expect(closed.status).toBe(401);
  });

  it('reports contract problems with the update detail codes', async () => {
    const res = await call('POST', '/checkout_session/summary', {
      token: key,
      body: { contract: { plan_id: 'team', quantity: 9999, currency: 'USD' } },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({
      path: 'contract.quantity',
      code: 'quantity_out_of_range',
    });
  });
});
