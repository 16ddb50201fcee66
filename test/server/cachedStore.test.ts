import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { StoredSession } from '../../src/core/api/store.js';
import type { Catalog } from '../../src/core/catalog.js';
import { createApp } from '../../src/server/createApp.js';
import { createCachedSqlStore } from '../../src/server/storage/createCachedSqlStore.js';
import type { PgliteStore } from '../../src/server/storage/createPgliteStore.js';
import type { SqlDriver } from '../../src/server/storage/sqlDriver.js';
import { apiCaller } from './helpers/api.js';
import { pgliteStore } from './helpers/pgliteStore.js';

/*
 * The PGlite store caches sessions in process and writes each transaction as one statement. These
 * tests pin what that must never change: every write is visible to the next read, through any
 * path; the database holds what the cache holds; a failure writes nothing and caches nothing;
 * and a PATCH with an Idempotency-Key costs one SQL statement.
 */

const key = 'sk_test_cached_store';
let now = new Date('2026-06-01T10:00:00.000Z');
let store: PgliteStore;
let call: ReturnType<typeof apiCaller>;

beforeAll(async () => {
  store = await pgliteStore();
  call = apiCaller(
    createApp({
      store,
      catalog: catalogJson as Catalog,
      secretKey: key,
      clock: () => now,
      logger: () => {},
    }),
  );
});
afterAll(() => store?.close());

const driverOf = (pg: PgliteStore['pglite']): SqlDriver => ({
  transaction: (fn) => pg.transaction((tx) => fn(tx)),
  query: (text, params) => pg.query(text, params),
  close: async () => {},
});
/** A second store on the same database with an empty cache: it reads what is really stored. */
const uncached = () => createCachedSqlStore(driverOf(store.pglite));

async function createSession() {
  const res = await call('POST', '/checkout_session', {
    token: key,
    body: {
      contract: { plan_id: 'team', quantity: 2, currency: 'USD' },
      customer: { email: 'c@example.com' },
    },
  });
  expect(res.status).toBe(201);
  return { id: res.body.id as string, secret: res.body.client_secret as string };
}
const summary = (token: string) =>
  call('POST', '/checkout_session/summary', {
    token,
    body: { contract: { plan_id: 'team', quantity: 4, currency: 'USD' } },
  });

describe('the session cache (PGlite, one process)', () => {
  it('shows a write to the very next read, whatever the path, and stores it too', async () => {
    const { id, secret } = await createSession();
    const patched = await call('PATCH', `/checkout_session/${id}`, {
      token: secret,
      body: { customer: { name: 'Seen' } },
    });
    expect(patched.body.version).toBe(2);
    for (const token of [secret, key]) {
      const read = await call('GET', `/checkout_session/${id}`, { token });
      expect(read.body).toEqual(patched.body);
    }
    expect((await uncached().get(id))?.session).toEqual(patched.body);
  });

  it('answers summary with the client secret 401 right after a confirm completes the session', async () => {
    const { id, secret } = await createSession();
    expect((await summary(secret)).status).toBe(200);
    const confirmed = await call('POST', `/checkout_session/${id}/confirm`, {
      token: secret,
      body: { payment_method: 'pm_card_ok' },
    });
    expect(confirmed.body.status).toBe('complete');
    const after = await summary(secret);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthorized');
    expect((await summary(key)).status).toBe(200);
  });

  it('computes expiry at read time: cached facts never keep an expired session open', async () => {
    const { secret } = await createSession();
    expect((await summary(secret)).status).toBe(200);
    const saved = now;
    now = new Date(saved.getTime() + 25 * 3_600_000);
    try {
      expect((await summary(secret)).status).toBe(401);
    } finally {
      now = saved;
    }
  });

  it('caches nothing from a transaction that throws, and writes nothing', async () => {
    const { id } = await createSession();
    const before = (await store.get(id)) as StoredSession;
    await expect(
      store.transaction(async (tx) => {
        const stored = (await tx.getForUpdate(id)) as StoredSession;
        await tx.update({ ...stored, session: { ...stored.session, version: 99 } });
        throw new Error('rules said no');
      }),
    ).rejects.toThrow('rules said no');
    expect((await store.get(id))?.session.version).toBe(before.session.version);
    expect((await uncached().get(id))?.session.version).toBe(before.session.version);
  });

  it('caches nothing when the statement fails, and the statement writes nothing', async () => {
    const { id } = await createSession();
    const stored = (await store.get(id)) as StoredSession;
    const bumped = { ...stored, session: { ...stored.session, version: 7 } };
    // Updating the session and inserting a duplicate of it: one statement, so both fail.
    await expect(
      store.transaction(async (tx) => {
        await tx.update(bumped);
        await tx.insert({ ...stored, session: { ...stored.session, id } });
      }),
    ).rejects.toThrow();
    expect((await store.get(id))?.session.version).toBe(1);
    expect((await uncached().get(id))?.session.version).toBe(1);
  });

  it('reads evicted sessions back from the database', async () => {
    const small = createCachedSqlStore(driverOf(store.pglite), { cacheSize: 1 });
    const a = await createSession();
    const b = await createSession();
    for (const id of [a.id, b.id, a.id]) expect((await small.get(id))?.session.id).toBe(id);
    await small.transaction(async (tx) => {
      const stored = (await tx.getForUpdate(b.id)) as StoredSession;
      await tx.update({ ...stored, session: { ...stored.session, version: 5 } });
    });
    expect((await small.get(a.id))?.session.version).toBe(1);
    expect((await small.get(b.id))?.session.version).toBe(5);
  });

  it('does not let a read that raced a write put the old session back in the cache', async () => {
    const small = createCachedSqlStore(driverOf(store.pglite), { cacheSize: 1 });
    const { id } = await createSession();
    const other = await createSession();
    for (let round = 0; round < 5; round++) {
      await small.get(other.id); // evicts `id`, so the next read of it is a database read
      const read = small.get(id);
      const write = small.transaction(async (tx) => {
        const stored = (await tx.getForUpdate(id)) as StoredSession;
        const version = stored.session.version + 1;
        await tx.update({ ...stored, session: { ...stored.session, version } });
        return version;
      });
      const [, written] = await Promise.all([read, write]);
      expect((await small.get(id))?.session.version).toBe(written);
    }
  });
});

describe('one statement per write (PGlite)', () => {
  it('runs a PATCH with Idempotency-Key as exactly one SQL statement, and replays it', async () => {
    const { id, secret } = await createSession();
    // The first key stored also purges expired ones (at most every 10 minutes): get that done.
    await call('PATCH', `/checkout_session/${id}`, {
      token: secret,
      body: { customer: { name: 'Warm' } },
      headers: { 'idempotency-key': 'warm-up' },
    });
    const query = vi.spyOn(store.pglite, 'query');
    const exec = vi.spyOn(store.pglite, 'execProtocol');
    const transaction = vi.spyOn(store.pglite, 'transaction');
    // A statement runs through query, or as a prepared statement's Bind ('B', 0x42): the store
    // prepares each text once (createPreparedQuery), and a Parse ('P') runs nothing.
    const statements = () =>
      query.mock.calls.length + exec.mock.calls.filter(([message]) => message[0] === 0x42).length;
    try {
      const first = await call('PATCH', `/checkout_session/${id}`, {
        token: secret,
        body: { contract: { plan_id: 'team', quantity: 3, currency: 'USD' } },
        headers: { 'if-match': '"2"', 'idempotency-key': 'one-statement' },
      });
      expect(first.status).toBe(200);
      expect(statements()).toBe(1);
      expect(transaction).not.toHaveBeenCalled();

      // The retry finds the key taken: its statement fails whole, and the replay is served.
      const again = await call('PATCH', `/checkout_session/${id}`, {
        token: secret,
        body: { contract: { plan_id: 'team', quantity: 3, currency: 'USD' } },
        headers: { 'if-match': '"2"', 'idempotency-key': 'one-statement' },
      });
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.body).toEqual(first.body);
    } finally {
      query.mockRestore();
      exec.mockRestore();
      transaction.mockRestore();
    }
    const rows = await store.pglite.query<{ n: number }>(
      "SELECT count(*)::integer AS n FROM idempotency_keys WHERE key = 'one-statement'",
    );
    expect(rows.rows[0]?.n).toBe(1);
    expect((await uncached().get(id))?.session.version).toBe(3);
  });

  it('replays an older version with the trail as it was, from the cache and from the database', async () => {
    const { id } = await createSession();
    const first = await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: { custom_data: { n: 1, long: 'a'.repeat(300) } },
      headers: { 'idempotency-key': 'older-1' },
    });
    await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: { custom_data: { n: 2 } },
      headers: { 'idempotency-key': 'older-2' },
    });
    expect(first.body.custom_data.audit_trail).toHaveLength(1);
    const retry = (caller: typeof call) =>
      caller('PATCH', `/checkout_session/${id}`, {
        token: key,
        body: { custom_data: { n: 1, long: 'a'.repeat(300) } },
        headers: { 'idempotency-key': 'older-1' },
      });
    const cached = await retry(call);
    expect(cached.headers.get('idempotent-replayed')).toBe('true');
    expect(cached.body).toEqual(first.body);
    const fresh = apiCaller(
      createApp({
        store: uncached(),
        catalog: catalogJson as Catalog,
        secretKey: key,
        clock: () => now,
        logger: () => {},
      }),
    );
    const fromDatabase = await retry(fresh);
    expect(fromDatabase.headers.get('idempotent-replayed')).toBe('true');
    expect(fromDatabase.body).toEqual(first.body);
  });

  it('replays rather than answering 412 when the retried request would now fail', async () => {
    const { id } = await createSession();
    const body = { custom_data: { n: 1 } };
    const headers = { 'if-match': '"1"', 'idempotency-key': 'replay-not-412' };
    const first = await call('PATCH', `/checkout_session/${id}`, { token: key, body, headers });
    const again = await call('PATCH', `/checkout_session/${id}`, { token: key, body, headers });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const other = await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: { custom_data: { n: 2 } },
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
  });
});
