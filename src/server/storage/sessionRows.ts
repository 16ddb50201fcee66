import type { IdempotencyRecord, SessionCredentials, StoredSession } from '../../core/api/store.js';
import type { Session, SessionStatus } from '../../core/session.js';

/*
 * The SQL both stores share: which columns a session row has and how rows become records.
 * `data` and `body` are `json`, not `jsonb`: PostgreSQL keeps the text as sent (no parse into a
 * binary form on write, keys stay in the schema's order), and the drivers hand back objects.
 */

/** A checkout_sessions row as selected by {@link selectSessionSql}. */
export interface SessionRow {
  secret_hash: string;
  data: Session | string;
}

/** An idempotency_keys row as selected by {@link selectIdempotencySql}. */
export interface IdempotencyRow {
  scope: string;
  key: string;
  request_hash: string;
  status: number;
  body: unknown;
  session_id: string | null;
  created_at: Date | string;
}

export const selectSessionSql = 'SELECT secret_hash, data FROM checkout_sessions WHERE id = $1';

export const selectCredentialsSql =
  'SELECT secret_hash, status, expires_at FROM checkout_sessions WHERE id = $1';

export const selectIdempotencySql = `SELECT scope, key, request_hash, status, body, session_id, created_at
  FROM idempotency_keys
 WHERE scope = $1 AND key = $2 AND created_at >= $3::timestamptz`;

export const purgeIdempotencySql =
  'DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz';

/** Hands out `$n` for a parameter value; a long string already passed gets its old number. */
export type Param = (value: unknown) => string;

/** One write, as SQL built against a {@link Param} allocator. */
export type Statement = (param: Param) => string;

/** Builds SQL with numbered parameters; the same long text (a session's JSON) is sent once. */
function parameters(): { param: Param; params: unknown[] } {
  const params: unknown[] = [];
  const shared = new Map<string, string>();
  const param: Param = (value) => {
    if (typeof value === 'string' && value.length > 256) {
      const known = shared.get(value);
      if (known) return known;
      params.push(value);
      const placeholder = `$${params.length}`;
      shared.set(value, placeholder);
      return placeholder;
    }
    params.push(value);
    return `$${params.length}`;
  };
  return { param, params };
}

/** INSERT of a new session; `json` is the session serialised once by the caller. */
export function insertSession(record: StoredSession, json: string): Statement {
  const { session } = record;
  return (p) =>
    `INSERT INTO checkout_sessions (id, version, status, secret_hash, data, created_at, updated_at, expires_at)
     VALUES (${p(session.id)}::uuid, ${p(session.version)}::integer, ${p(session.status)}::text,
             ${p(record.secretHash)}::text, ${p(json)}::json, ${p(session.created_at)}::timestamptz,
             ${p(session.updated_at)}::timestamptz, ${p(session.expires_at)}::timestamptz)`;
}

/** UPDATE of an existing session, the whole row at once. */
export function updateSession(record: StoredSession, json: string): Statement {
  const { session } = record;
  return (p) =>
    `UPDATE checkout_sessions
        SET version = ${p(session.version)}::integer, status = ${p(session.status)}::text,
            secret_hash = ${p(record.secretHash)}::text, data = ${p(json)}::json,
            updated_at = ${p(session.updated_at)}::timestamptz,
            expires_at = ${p(session.expires_at)}::timestamptz
      WHERE id = ${p(session.id)}::uuid`;
}

/**
 * Stores the idempotency record for (scope, key); `json` is its body serialised. `replace`
 * overwrites an existing record (an expired one, as the caller checked); `insert` fails with a
 * unique violation (23505) if any record for the key exists, which is how a writer that assumed
 * the key was new learns otherwise: the statement, and everything written with it, fails.
 */
export function storeIdempotency(
  record: IdempotencyRecord,
  json: string,
  mode: 'replace' | 'insert' = 'replace',
): Statement {
  return (p) =>
    `INSERT INTO idempotency_keys (scope, key, request_hash, status, body, session_id, created_at)
     VALUES (${p(record.scope)}::text, ${p(record.key)}::text, ${p(record.requestHash)}::text,
             ${p(record.status)}::integer, ${p(json)}::json, ${p(record.sessionId)}::uuid,
             ${p(record.createdAt)}::timestamptz)${
               mode === 'insert'
                 ? ''
                 : `
     ON CONFLICT (scope, key) DO UPDATE
        SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status,
            body = EXCLUDED.body, session_id = EXCLUDED.session_id,
            created_at = EXCLUDED.created_at`
             }`;
}

/**
 * Several writes as ONE statement (data-modifying CTEs), so they commit or fail together without
 * BEGIN/COMMIT round trips: `WITH w0 AS (…), w1 AS (…) <last>`.
 */
export function combine(statements: readonly Statement[]): { sql: string; params: unknown[] } {
  const { param, params } = parameters();
  const parts = statements.map((statement) => statement(param));
  const last = parts.pop() ?? 'SELECT 1';
  if (parts.length === 0) return { sql: last, params };
  return { sql: `WITH ${parts.map((sql, i) => `w${i} AS (${sql})`).join(', ')} ${last}`, params };
}

export function toStored(row: SessionRow): StoredSession {
  const session = typeof row.data === 'string' ? (JSON.parse(row.data) as Session) : row.data;
  return { session, secretHash: row.secret_hash };
}

export function toCredentials(row: {
  secret_hash: string;
  status: string;
  expires_at: Date | string;
}): SessionCredentials {
  return {
    secretHash: row.secret_hash,
    status: row.status as SessionStatus,
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

export function toRecord(row: IdempotencyRow): IdempotencyRecord {
  return {
    scope: row.scope,
    key: row.key,
    requestHash: row.request_hash,
    status: Number(row.status),
    body: typeof row.body === 'string' ? JSON.parse(row.body) : row.body,
    sessionId: row.session_id,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
