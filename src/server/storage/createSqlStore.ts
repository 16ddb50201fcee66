import type { IdempotencyRecord, Store, StoredSession, StoreTx } from '../../core/api/store.js';
import type { Session } from '../../core/session.js';
import { restoreKeyOrder } from './restoreKeyOrder.js';
import type { SqlClient, SqlDriver } from './sqlDriver.js';

interface SessionRow {
  secret_hash: string;
  data: Session | string;
}

interface IdempotencyRow {
  scope: string;
  key: string;
  request_hash: string;
  status: number;
  body: unknown;
  session_id: string | null;
  created_at: Date | string;
}

const dayMs = 24 * 60 * 60 * 1000;
// Purging is opportunistic: at most once per interval, inside a write that stores a key anyway.
const purgeIntervalMs = 10 * 60 * 1000;

/**
 * The Store on SQL. Sessions are one jsonb document per row (the rules own their shape) with the
 * columns needed for locking and housekeeping beside it; `getForUpdate` takes the row lock that
 * serialises writers across processes.
 */
export function createSqlStore(driver: SqlDriver): Store {
  let lastPurge = 0;

  function txOf(client: SqlClient): StoreTx {
    return {
      async getForUpdate(id) {
        const { rows } = await client.query<SessionRow>(
          'SELECT secret_hash, data FROM checkout_sessions WHERE id = $1 FOR UPDATE',
          [id],
        );
        return rows[0] ? toStored(rows[0]) : null;
      },
      async insert(record) {
        const { session } = record;
        await client.query(
          `INSERT INTO checkout_sessions (id, version, secret_hash, data, created_at, updated_at, expires_at)
           VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz, $6::timestamptz, $7::timestamptz)`,
          [
            session.id,
            session.version,
            record.secretHash,
            JSON.stringify(session),
            session.created_at,
            session.updated_at,
            session.expires_at,
          ],
        );
      },
      async update(record) {
        const { session } = record;
        await client.query(
          `UPDATE checkout_sessions
              SET version = $2, secret_hash = $3, data = $4::jsonb,
                  updated_at = $5::timestamptz, expires_at = $6::timestamptz
            WHERE id = $1`,
          [
            session.id,
            session.version,
            record.secretHash,
            JSON.stringify(session),
            session.updated_at,
            session.expires_at,
          ],
        );
      },
      async lockIdempotencyKey(scope, key) {
        // hashtext collisions only make two unrelated keys wait for each other: harmless.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${scope}|${key}`]);
      },
      async getIdempotency(scope, key, notBefore) {
        const { rows } = await client.query<IdempotencyRow>(
          `SELECT scope, key, request_hash, status, body, session_id, created_at
             FROM idempotency_keys
            WHERE scope = $1 AND key = $2 AND created_at >= $3::timestamptz`,
          [scope, key, notBefore],
        );
        return rows[0] ? toRecord(rows[0]) : null;
      },
      async putIdempotency(record) {
        await client.query(
          `INSERT INTO idempotency_keys (scope, key, request_hash, status, body, session_id, created_at)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::timestamptz)
           ON CONFLICT (scope, key) DO UPDATE
              SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status,
                  body = EXCLUDED.body, session_id = EXCLUDED.session_id,
                  created_at = EXCLUDED.created_at`,
          [
            record.scope,
            record.key,
            record.requestHash,
            record.status,
            JSON.stringify(record.body),
            record.sessionId,
            record.createdAt,
          ],
        );
        const now = Date.parse(record.createdAt);
        if (now - lastPurge >= purgeIntervalMs) {
          lastPurge = now;
          await client.query('DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz', [
            new Date(now - dayMs).toISOString(),
          ]);
        }
      },
    };
  }

  return {
    transaction: (fn) => driver.transaction((client) => fn(txOf(client))),
    async get(id) {
      const { rows } = await driver.query<SessionRow>(
        'SELECT secret_hash, data FROM checkout_sessions WHERE id = $1',
        [id],
      );
      return rows[0] ? toStored(rows[0]) : null;
    },
    close: () => driver.close(),
  };
}

function toStored(row: SessionRow): StoredSession {
  const data = typeof row.data === 'string' ? (JSON.parse(row.data) as Session) : row.data;
  return { session: restoreKeyOrder(data), secretHash: row.secret_hash };
}

function toRecord(row: IdempotencyRow): IdempotencyRecord {
  return {
    scope: row.scope,
    key: row.key,
    requestHash: row.request_hash,
    status: Number(row.status),
    body: restoreKeyOrder(typeof row.body === 'string' ? JSON.parse(row.body) : row.body),
    sessionId: row.session_id,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
