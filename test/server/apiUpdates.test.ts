import { describe, expect, it } from 'vitest';
import { ghost, team } from './helpers/apiApp.js';
import { key, startApiSuite } from './helpers/apiSuite.js';

/*
 * The contract of api.md for PATCH: updates, the order of checks and Idempotency-Key, through
 * the Hono app without a socket. One PGlite database for the file; every test creates its own
 * sessions.
 */

let now = new Date('2026-06-01T10:00:00.000Z');
const { store, call, createSession, patch, confirm } = await startApiSuite(() => now);

describe('PATCH /checkout_session/{id}', () => {
  it('applies an update, bumps the version and returns the new ETag', async () => {
    const { id, secret } = await createSession();
    const res = await patch(id, { contract: team(5), update_reason: 'quantity_change' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.body.version).toBe(2);
    expect(res.body.estimates.total).toBe(6000);
    const byClient = await patch(id, { customer: { name: 'Ada' } }, { token: secret });
    expect(byClient.body.version).toBe(3);
    const trail = byClient.body.custom_data.audit_trail;
    expect(trail.map((e: { actor: string }) => e.actor)).toEqual(['merchant', 'client']);
  });

  it('keeps the version for an update that changes nothing', async () => {
    const { id } = await createSession();
    const res = await patch(id, { contract: team(3) });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
    expect(res.headers.get('etag')).toBe('"1"');
  });

  it.each([
    ['"1"', 200],
    ['*', 200],
    ['"7", "1"', 200],
    ['"2"', 412],
    ['W/"1"', 412],
    ['1', 200],
    ['garbage', 412],
  ])('If-Match %s on version 1 → %i', async (ifMatch, status) => {
    const { id } = await createSession();
    const res = await patch(id, { custom_data: { k: 'v' } }, { headers: { 'if-match': ifMatch } });
    expect(res.status).toBe(status);
    if (status === 412) expect(res.body.error.code).toBe('version_conflict');
  });

  it('rejects an empty update and a back-door field with 400', async () => {
    const { id } = await createSession();
    const empty = await patch(id, { update_reason: 'other', update_note: 'nothing' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('empty_update');
    const backDoor = await patch(id, { payment_status: 'paid' });
    expect(backDoor.status).toBe(400);
    expect(backDoor.body.error.code).toBe('invalid_request');
  });

  it('lists every invalid field in one 422 and writes nothing', async () => {
    const { id } = await createSession();
    const res = await patch(id, {
      currency: 'EUR',
      success_url: 'http://example.com',
      custom_data: { audit_trail: 'x' },
    });
    expect(res.status).toBe(422);
    const found = res.body.error.details.map((d: { path: string; code: string }) => [
      d.path,
      d.code,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['currency', 'currency_mismatch'],
        ['success_url', 'url_not_https'],
        ['custom_data.audit_trail', 'reserved_custom_data_key'],
      ]),
    );
    expect((await call('GET', `/checkout_session/${id}`, { token: key })).body.version).toBe(1);
  });

  it('stops at 200 changing updates but still accepts a no-op', async () => {
    const { id } = await createSession();
    for (let i = 0; i < 3; i++)
      expect((await patch(id, { custom_data: { n: i } })).status).toBe(200);
    // 197 more entries written straight to the store: the same state, minus 197 round trips.
    await store.transaction(async (tx) => {
      const stored = await tx.getForUpdate(id);
      if (!stored) throw new Error('missing');
      const trail = stored.session.custom_data.audit_trail as unknown[];
      const filler = Array.from({ length: 197 }, (_, i) => ({
        ...(trail[2] as object),
        version: 5 + i,
      }));
      const session = {
        ...stored.session,
        version: 201,
        custom_data: { ...stored.session.custom_data, audit_trail: [...trail, ...filler] },
      };
      await tx.update({ ...stored, session });
    });
    const limited = await patch(id, { custom_data: { n: 'more' } });
    expect(limited.status).toBe(409);
    expect(limited.body.error.code).toBe('update_limit_reached');
    const noop = await patch(id, { custom_data: { n: 2 } });
    expect(noop.status).toBe(200);
    expect(noop.body.version).toBe(201);
    expect((await patch(id, { custom_data: { n: 'x'.repeat(501) } })).status).toBe(422);
  });
});

describe('order of checks', () => {
  const big = JSON.stringify({ custom_data: { x: 'y'.repeat(70_000) } });

  it('401 → 400 id → 413 → 415 → 400 body → 404', async () => {
    const { id } = await createSession();
    expect((await patch('nope', big, { token: '' })).status).toBe(401);
    expect((await patch('nope', big)).body.error.code).toBe('invalid_session_id');
    expect((await patch(ghost, big, { headers: { 'content-type': 'text/plain' } })).status).toBe(
      413,
    );
    const text = { headers: { 'content-type': 'text/plain' } };
    expect((await patch(ghost, '{not json', text)).status).toBe(415);
    expect((await patch(ghost, '{not json')).body.error.code).toBe('invalid_request');
    expect((await patch(ghost, {})).body.error.code).toBe('empty_update');
    expect((await patch(ghost, { custom_data: { a: 1 } })).status).toBe(404);
    const stale = { headers: { 'if-match': '"9"' } };
    expect(
      (await patch(ghost, { contract: { plan_id: 'x', currency: 'USD' } }, stale)).status,
    ).toBe(404);
    expect((await patch(id, { custom_data: { a: 1 } })).status).toBe(200);
  });

  it('replay → 409 → 412 → 422 → 409 limit', async () => {
    const { id } = await createSession();
    const first = await patch(
      id,
      { custom_data: { a: 1 } },
      { headers: { 'idempotency-key': 'k-order' } },
    );
    await confirm(id, { payment_method: 'pm_card_declined' });
    const replay = await patch(
      id,
      { custom_data: { a: 1 } },
      { headers: { 'idempotency-key': 'k-order' } },
    );
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    const stale = { headers: { 'if-match': '"1"' } };
    const conflict = await patch(id, { currency: 'usd' }, stale);
    expect(conflict.body.error.code).toBe('payment_already_started');

    const other = await createSession();
    const invalid = await patch(other.id, { currency: 'usd' }, stale);
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.details[0]).toMatchObject({
      path: 'currency',
      code: 'invalid_currency',
    });
    const staleAndInvalid = await patch(
      other.id,
      { currency: 'usd' },
      { headers: { 'if-match': '"5"' } },
    );
    expect(staleAndInvalid.status).toBe(412);
  });
});

describe('Idempotency-Key', () => {
  const withKey = (k: string) => ({ headers: { 'idempotency-key': k } });

  it('replays the first response for the same body and changes nothing', async () => {
    const { id } = await createSession();
    const first = await patch(id, { custom_data: { a: 1 } }, withKey('k1'));
    const second = await patch(id, { custom_data: { a: 1 } }, withKey('k1'));
    expect(second.status).toBe(first.status);
    // The same bytes, not only the same JSON: the new key `a` and the trail in the same order.
    expect(second.text).toBe(first.text);
    expect(Object.keys(first.body.custom_data)).toEqual(['a', 'audit_trail']);
    expect(second.headers.get('etag')).toBe('"2"');
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect((await call('GET', `/checkout_session/${id}`, { token: key })).body.version).toBe(2);
  });

  it('judges the body by meaning: key order and spacing do not matter', async () => {
    const { id } = await createSession();
    await patch(id, '{"custom_data":{"a":1,"b":2}}', withKey('k-order-free'));
    const again = await patch(id, '{ "custom_data": { "b": 2, "a": 1 } }', withKey('k-order-free'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('refuses the same key with a different body, and an over-long key', async () => {
    const { id } = await createSession();
    await patch(id, { custom_data: { a: 1 } }, withKey('k2'));
    const reused = await patch(id, { custom_data: { a: 2 } }, withKey('k2'));
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('idempotency_key_reused');
    expect((await patch(id, { custom_data: { a: 2 } }, withKey('k'.repeat(255)))).status).toBe(200);
    expect((await patch(id, { custom_data: { a: 3 } }, withKey('k'.repeat(256)))).status).toBe(400);
  });

  it('scopes keys to session, method and path', async () => {
    const a = await createSession();
    const b = await createSession();
    expect((await patch(a.id, { custom_data: { a: 1 } }, withKey('shared'))).body.version).toBe(2);
    expect((await patch(b.id, { custom_data: { a: 1 } }, withKey('shared'))).body.version).toBe(2);
    const confirmed = await confirm(a.id, { payment_method: 'pm_card_ok' }, withKey('shared'));
    expect(confirmed.body.status).toBe('complete');
  });

  it('stores only 2xx: a rejected request can be fixed and retried with its key', async () => {
    const { id } = await createSession();
    expect((await patch(id, { currency: 'EUR' }, withKey('k3'))).status).toBe(422);
    expect((await patch(id, { custom_data: { ok: true } }, withKey('k3'))).status).toBe(200);
  });

  it('forgets a key after 24 hours', async () => {
    const { id } = await createSession({
      expires_at: new Date(now.getTime() + 29 * 86_400_000).toISOString(),
    });
    await patch(id, { custom_data: { a: 1 } }, withKey('k4'));
    const saved = now;
    now = new Date(saved.getTime() + 24 * 3_600_000 + 1);
    try {
      const later = await patch(id, { custom_data: { a: 2 } }, withKey('k4'));
      expect(later.status).toBe(200);
      expect(later.headers.get('idempotent-replayed')).toBeNull();
    } finally {
      now = saved;
    }
  });

  it('replays a creation, client secret included, per credential', async () => {
    const body = { contract: team(), customer: { email: 'ada@example.com' } };
    const first = await call('POST', '/checkout_session', {
      token: key,
      body,
      ...withKey('create-1'),
    });
    const again = await call('POST', '/checkout_session', {
      token: key,
      body,
      ...withKey('create-1'),
    });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const changed = await call('POST', '/checkout_session', {
      token: key,
      body: { ...body, custom_data: { x: 1 } },
      ...withKey('create-1'),
    });
    expect(changed.body.error.code).toBe('idempotency_key_reused');
  });
});
