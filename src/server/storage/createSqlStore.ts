import { idempotencyNotBefore } from '../../core/api/idempotency.js';
import type { Store, StoredSession, StoreTx } from '../../core/api/store.js';
import {
  baseOf,
  combine,
  purgeIdempotencySql,
  type SessionBase,
  type SessionRow,
  selectIdempotencySql,
  selectSessionForUpdateSql,
  selectSessionSql,
  sessionWrites,
  storeIdempotency,
  toRecord,
  toStored,
} from './sessionRows.js';
import type { SqlClient, SqlDriver } from './sqlDriver.js';
import { insertSupportToken, selectSupportToken } from './supportTokenRows.js';

// Purging is opportunistic: at most once per interval, inside a write that stores a key anyway.
const purgeIntervalMs = 10 * 60 * 1000;

/**
 * The Store on a database that several processes may share (PostgreSQL through DATABASE_URL).
 * Nothing is cached: every read asks the database. A write is a real transaction:
 * `getForUpdate` takes the row lock and `lockIdempotencyKey` an advisory lock, which serialise
 * writers across processes.
 */
export function createSqlStore(driver: SqlDriver): Store {
  let lastPurge = 0;

  function txOf(client: SqlClient): StoreTx {
    const run = async (statement: ReturnType<typeof combine>) => {
      await client.query(statement.sql, statement.params);
    };
    // What each session held when read (or last written) in this transaction.
    const bases = new Map<string, SessionBase>();
    const write = async (record: StoredSession, base: SessionBase | null) => {
      await run(combine(sessionWrites(record, base)));
      bases.set(record.session.id, baseOf(record));
    };
    return {
      async getForUpdate(id) {
        const { rows } = await client.query<SessionRow>(selectSessionForUpdateSql, [id]);
        const stored = rows[0] ? toStored(rows[0]) : null;
        if (stored) bases.set(id, baseOf(stored));
        return stored;
      },
      insert: (record) => write(record, null),
      async update(record) {
        const base = bases.get(record.session.id);
        if (!base) throw new Error(`Update of session ${record.session.id} without reading it.`);
        await write(record, base);
      },
      async lockIdempotencyKey(scope, key) {
        // hashtext collisions only make two unrelated keys wait for each other: harmless.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${scope}|${key}`]);
      },
      async getIdempotency(scope, key, notBefore) {
        const { rows } = await client.query<Parameters<typeof toRecord>[0]>(selectIdempotencySql, [
          scope,
          key,
          notBefore,
        ]);
        return rows[0] ? toRecord(rows[0]) : null;
      },
      async putIdempotency(record) {
        await run(combine([storeIdempotency(record)]));
        const now = Date.parse(record.createdAt);
        if (now - lastPurge >= purgeIntervalMs) {
          lastPurge = now;
          await client.query(purgeIdempotencySql, [idempotencyNotBefore(now)]);
        }
      },
    };
  }

  return {
    transaction: (fn) => driver.transaction((client) => fn(txOf(client))),
    async get(id) {
      const { rows } = await driver.query<SessionRow>(selectSessionSql, [id]);
      return rows[0] ? toStored(rows[0]) : null;
    },
    insertSupportToken: (record) => insertSupportToken(driver, record),
    getSupportToken: (tokenHash) => selectSupportToken(driver, tokenHash),
    async ping() {
      await driver.query('SELECT 1');
    },
    close: () => driver.close(),
  };
}
