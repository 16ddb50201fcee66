import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { Store } from '../../src/core/api/store.js';
import type { Catalog } from '../../src/core/catalog.js';
import { createApp } from '../../src/server/createApp.js';
import type { PgliteStore } from '../../src/server/storage/createPgliteStore.js';
import { createSqlStore } from '../../src/server/storage/createSqlStore.js';
import { migrations, runMigrations } from '../../src/server/storage/migrations.js';
import { maxRecordsPerSession, purgeIdempotencySql } from '../../src/server/storage/sessionRows.js';
import type { SqlClient } from '../../src/server/storage/sqlDriver.js';
import { apiCaller } from './helpers/api.js';
import { pgliteStore } from './helpers/pgliteStore.js';

/*
 * Issue 12, bounded storage, looked at in the tables: the row holds no audit trail, a write adds
 * only its own audit entry, a no-op touches only last_activity_at, an idempotency record refers to
 * the session instead of copying it, and a replay after later changes still answers the first
 * body (from the kept copy of that version). Both SQL stores, on one PGlite.
 */

const key = 'sk_test_bounded_storage';
let pglite: PgliteStore;
const stores: Record<string, Store> = {};

beforeAll(async () => {
  pglite = await pgliteStore();
  stores.cached = pglite;
  stores.sql = createSqlStore({
    transaction: (fn) => pglite.pglite.transaction((tx) => fn(tx)),
    query: (text, params) => pglite.pglite.query(text, params),
    close: async () => {},
  });
});
afterAll(() => pglite?.close());

const sql = async (text: string, params: unknown[] = []) =>
  (await pglite.pglite.query<Record<string, unknown>>(text, params)).rows;

describe.each(['cached', 'sql'])('%s store', (name) => {
  let now = new Date('2026-06-01T10:00:00.000Z');
  const call = (...args: Parameters<ReturnType<typeof apiCaller>>) =>
    apiCaller(
      createApp({
        store: stores[name] as Store,
        catalog: catalogJson as Catalog,
        secretKey: key,
        clock: () => now,
        logger: () => {},
      }),
    )(...args);
  const tick = () => {
    now = new Date(now.getTime() + 1000);
  };

  it('keeps the audit trail in its own table, one row per changing update', async () => {
    const created = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: { plan_id: 'team', quantity: 2, currency: 'USD' } },
    });
    const id = created.body.id;
    for (let i = 0; i < 3; i++) {
      tick();
      const res = await call('PATCH', `/checkout_session/${id}`, {
        token: key,
        body: { custom_data: { big: `${i}${'x'.repeat(499)}` } },
      });
      expect(res.status).toBe(200);
    }
    const [row] = await sql('SELECT data::text AS data FROM checkout_sessions WHERE id = $1', [id]);
    expect(row?.data).not.toContain('audit_trail');
    const entries = await sql(
      'SELECT version, length(entry::text) AS bytes FROM checkout_session_audit WHERE session_id = $1 ORDER BY version',
      [id],
    );
    expect(entries.map((e) => e.version)).toEqual([2, 3, 4]);
    // Two 500-character values per change, each recorded as a 64-character prefix + length +
    // SHA-256, beside the entry's request id, time and actor: well under a kilobyte.
    for (const entry of entries) expect(Number(entry.bytes)).toBeLessThan(700);
    const read = await call('GET', `/checkout_session/${id}`, { token: key });
    expect(read.body.custom_data.audit_trail.map((e: { version: number }) => e.version)).toEqual([
      2, 3, 4,
    ]);
  });

  it('a no-op touches only last_activity_at; its record and a replay copy nothing', async () => {
    const created = await call('POST', '/checkout_session', {
      token: key,
      body: {
        contract: { plan_id: 'team', quantity: 2, currency: 'USD' },
        custom_data: { big: 'y'.repeat(500) },
      },
    });
    const id = created.body.id;
    const before = await sql(
      'SELECT data::text AS data, updated_at FROM checkout_sessions WHERE id = $1',
      [id],
    );
    tick();
    const noop = await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: { custom_data: { big: 'y'.repeat(500) } },
      headers: { 'idempotency-key': `noop-${name}` },
    });
    expect(noop.status).toBe(200);
    expect(noop.body.version).toBe(1);
    expect(noop.body.last_activity_at).toBe(now.toISOString());
    const after = await sql(
      'SELECT data::text AS data, updated_at, last_activity_at FROM checkout_sessions WHERE id = $1',
      [id],
    );
    expect(after[0]?.data).toBe(before[0]?.data);
    expect(new Date(after[0]?.last_activity_at as string).toISOString()).toBe(now.toISOString());
    const [record] = await sql(
      'SELECT body, session_version FROM idempotency_keys WHERE key = $1',
      [`noop-${name}`],
    );
    expect(record).toEqual({ body: null, session_version: 1 });

    // A change moves the session on; the replay still answers the first body, from the kept copy.
    tick();
    const changed = await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: { custom_data: { big: 'z' } },
    });
    expect(changed.body.version).toBe(2);
    const replay = await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: { custom_data: { big: 'y'.repeat(500) } },
      headers: { 'idempotency-key': `noop-${name}` },
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(noop.body);
    expect(replay.headers.get('etag')).toBe('"1"');
    const kept = await sql('SELECT version FROM checkout_session_versions WHERE session_id = $1', [
      id,
    ]);
    expect(kept).toEqual([{ version: 1 }]);
  });

  it('stores a large session uncompressed, its version copy and audit entry too', async () => {
    const created = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: { plan_id: 'team', quantity: 2, currency: 'USD' } },
    });
    const id = created.body.id;
    // ~25 KB that pglz would shrink to almost nothing: migration 4 stores it as it is.
    const custom_data = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`key_${i}`, 'a'.repeat(500)]),
    );
    tick();
    const updated = await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: { custom_data },
      headers: { 'idempotency-key': `large-${name}` },
    });
    expect(updated.status).toBe(200);
    // A later change keeps the version that the key's record answered with as a copy.
    tick();
    const later = await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: { custom_data: { key_0: 'b' } },
    });
    expect(later.status).toBe(200);
    const columns = [
      ['checkout_sessions', 'data', 'id = $1'],
      ['checkout_session_versions', 'data', 'session_id = $1 AND version = 2'],
      ['checkout_session_audit', 'entry', 'session_id = $1 AND version = 2'],
    ];
    for (const [table, column, where] of columns) {
      const [row] = await sql(
        `SELECT pg_column_compression(${column}) AS method, octet_length(${column}::text) AS length
           FROM ${table} WHERE ${where}`,
        [id],
      );
      expect({ table, method: row?.method }).toEqual({ table, method: null });
      // Over the ~2 KB from which PostgreSQL stores a value out of line (TOAST).
      expect(row?.length).toBeGreaterThan(4_000);
    }
  });

  it('replays a creation with its client secret, without a copy of the session', async () => {
    const body = { contract: { plan_id: 'team', quantity: 3, currency: 'USD' } };
    const headers = { 'idempotency-key': `create-${name}` };
    const first = await call('POST', '/checkout_session', { token: key, body, headers });
    const [record] = await sql(
      'SELECT body, session_version FROM idempotency_keys WHERE key = $1',
      [`create-${name}`],
    );
    expect(record).toEqual({
      body: { client_secret: first.body.client_secret },
      session_version: 1,
    });
    const again = await call('POST', '/checkout_session', { token: key, body, headers });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });
});

describe('migration 3', () => {
  it('moves a trail kept in data.custom_data.audit_trail into the audit table', async () => {
    const db = pglite.pglite;
    // An empty schema of its own, migrated to version 1 only, with one session of that time.
    await db.exec('CREATE SCHEMA legacy; SET search_path TO legacy');
    try {
      const driver = {
        transaction: <T>(fn: (tx: SqlClient) => Promise<T>) => db.transaction((tx) => fn(tx)),
        query: db.query.bind(db) as SqlClient['query'],
        close: async () => {},
      };
      await db.exec(`CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`);
      const [first] = migrations;
      for (const statement of first?.statements ?? []) await db.exec(statement);
      await db.query("INSERT INTO schema_migrations (version, name) VALUES (1, 'v1')");
      const entry = {
        at: 'x',
        version: 2,
        actor: 'merchant',
        reason: null,
        note: null,
        changes: [],
      };
      const data = {
        id: '6cc8fd6b-efb8-4cab-ad73-561c34a0d840',
        custom_data: { a: 1, audit_trail: [entry] },
      };
      await db.query(
        `INSERT INTO checkout_sessions VALUES ($1, 2, 'open', 'h', $2::json, now(), now(), now())`,
        [data.id, JSON.stringify(data)],
      );
      expect(await runMigrations(driver)).toEqual(migrations.slice(1).map((m) => m.version));
      const rows = await sql('SELECT data::text AS data FROM checkout_sessions');
      expect(JSON.parse(rows[0]?.data as string)).toEqual({ id: data.id, custom_data: { a: 1 } });
      expect(await sql('SELECT session_id, version, entry FROM checkout_session_audit')).toEqual([
        { session_id: data.id, version: 2, entry },
      ]);
    } finally {
      await db.exec('SET search_path TO public; DROP SCHEMA legacy CASCADE');
    }
  });
});

describe('purge', () => {
  it('keeps the newest 1000 records of a session and the copies they refer to', async () => {
    const id = '7cc8fd6b-efb8-4cab-ad73-561c34a0d840';
    const t0 = Date.parse('2026-06-01T10:00:00.000Z');
    await pglite.pglite.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, status, body, session_id, session_version, session_activity_at, created_at)
       SELECT 's', 'k' || n, 'h', 200, null, $1::uuid, n, $2::timestamptz, $2::timestamptz + n * interval '1 ms'
         FROM generate_series(1, ${maxRecordsPerSession + 5}) n`,
      [id, new Date(t0).toISOString()],
    );
    await pglite.pglite.query(
      `INSERT INTO checkout_session_versions (session_id, version, data)
       SELECT $1::uuid, n, '{}'::json FROM generate_series(1, 10) n`,
      [id],
    );
    await pglite.pglite.query(purgeIdempotencySql, [new Date(t0 - 1000).toISOString()]);
    const [count] = await sql(
      'SELECT count(*)::int AS n, min(session_version) AS oldest FROM idempotency_keys WHERE session_id = $1',
      [id],
    );
    expect(count).toEqual({ n: maxRecordsPerSession, oldest: 6 });
    const kept = await sql(
      'SELECT version FROM checkout_session_versions WHERE session_id = $1 ORDER BY version',
      [id],
    );
    expect(kept.map((row) => row.version)).toEqual([6, 7, 8, 9, 10]);
  });
});
