import type { IdempotencyRecord, StoredSession } from '../../core/api/store.js';
import { auditTrail, auditTrailKey, withAuditTrail } from '../../core/rules/index.js';
import type { AuditEntry, Session } from '../../core/session.js';

/*
 * The SQL both stores share: which columns a session row has and how rows become records.
 * A session is its row plus its audit entries (checkout_session_audit, append-only), so an
 * update writes the row and the one new entry, never the whole trail again.
 * `data` and `body` are `json`, not `jsonb`: PostgreSQL keeps the text as sent (no parse into a
 * binary form on write, keys stay in the schema's order), and the drivers hand back objects.
 */

/** A checkout_sessions row as selected by {@link selectSessionSql}, with its audit trail. */
export interface SessionRow {
  secret_hash: string;
  /** The session without `custom_data.audit_trail`. */
  data: Session | string;
  /** Newer than `data.last_activity_at` when no-op updates touched only this column. */
  last_activity_at: Date | string | null;
  /** The audit entries, oldest first (json_agg: null for none). */
  trail: AuditEntry[] | string | null;
}

/** An idempotency_keys row as selected by {@link selectIdempotencySql}. */
export interface IdempotencyRow {
  scope: string;
  key: string;
  request_hash: string;
  status: number;
  body: unknown;
  session_id: string | null;
  /** Set when the body was the session at this version (then `body` holds only extras). */
  session_version: number | null;
  session_activity_at: Date | string | null;
  created_at: Date | string;
  /** The session's data at `session_version` (its snapshot, or the row if still current). */
  session_data: Session | string | null;
  session_trail: AuditEntry[] | string | null;
}

const trailSql = `(SELECT json_agg(a.entry ORDER BY a.version) FROM checkout_session_audit a
   WHERE a.session_id = s.id) AS trail`;

export const selectSessionSql = `SELECT s.secret_hash, s.data, s.last_activity_at, ${trailSql}
  FROM checkout_sessions s WHERE s.id = $1`;

export const selectSessionForUpdateSql = `${selectSessionSql} FOR UPDATE OF s`;

/** A record, with the session it refers to rebuilt at that version (see storeIdempotency). */
export const selectIdempotencySql = `SELECT k.scope, k.key, k.request_hash, k.status, k.body,
       k.session_id, k.session_version, k.session_activity_at, k.created_at,
       COALESCE(v.data, s.data) AS session_data,
       (SELECT json_agg(a.entry ORDER BY a.version) FROM checkout_session_audit a
         WHERE a.session_id = k.session_id AND a.version <= k.session_version) AS session_trail
  FROM idempotency_keys k
  LEFT JOIN checkout_session_versions v
    ON v.session_id = k.session_id AND v.version = k.session_version
  LEFT JOIN checkout_sessions s ON s.id = k.session_id AND s.version = k.session_version
 WHERE k.scope = $1 AND k.key = $2 AND k.created_at >= $3::timestamptz`;

/** At most this many records per session are kept (the newest), whatever a caller sends. */
export const maxRecordsPerSession = 1000;

/**
 * Forgets expired records and, beyond the newest {@link maxRecordsPerSession} of a session, the
 * oldest ones; then the session snapshots no record refers to any more. Every part of one
 * statement sees the table as before it, so the last part checks what the first two keep.
 */
export const purgeIdempotencySql = `WITH expired AS (
  DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz RETURNING scope, key),
excess AS (
  DELETE FROM idempotency_keys k USING (
    SELECT scope, key, row_number() OVER (PARTITION BY session_id ORDER BY created_at DESC) AS n
      FROM idempotency_keys WHERE session_id IS NOT NULL) r
   WHERE k.scope = r.scope AND k.key = r.key AND r.n > ${maxRecordsPerSession}
  RETURNING k.scope, k.key)
DELETE FROM checkout_session_versions v
 WHERE NOT EXISTS (SELECT 1 FROM idempotency_keys k
                    WHERE k.session_id = v.session_id AND k.session_version = v.version
                      AND k.created_at >= $1::timestamptz
                      AND (k.scope, k.key) NOT IN (SELECT scope, key FROM excess))`;

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

/** What a transaction read of a session before writing it: the write sends only the news. */
export interface SessionBase {
  version: number;
  trailLength: number;
}

/** The base of a stored session, for {@link sessionWrites}. */
export const baseOf = (record: StoredSession): SessionBase => ({
  version: record.session.version,
  trailLength: auditTrail(record.session).length,
});

/**
 * The statements that store `record` given what the row held before (`null`: a new row).
 * - new: the row (its `data` without the audit trail) and the trail's entries;
 * - same version (a no-op update): only `last_activity_at`, a few hundred bytes;
 * - changed: the row and only the audit entries appended since `base`; and if a live
 *   idempotency record answered with the version being replaced, that version's data is kept
 *   (checkout_session_versions) so the record can still be replayed as it was.
 */
export function sessionWrites(record: StoredSession, base: SessionBase | null): Statement[] {
  const { session } = record;
  const trail = auditTrail(session);
  if (base && base.version === session.version) {
    return [
      (p) =>
        `UPDATE checkout_sessions SET last_activity_at = ${p(session.last_activity_at)}::timestamptz
          WHERE id = ${p(session.id)}::uuid`,
    ];
  }
  const data = JSON.stringify(withoutTrail(session));
  const row: Statement = base
    ? (p) =>
        `UPDATE checkout_sessions
            SET version = ${p(session.version)}::integer, status = ${p(session.status)}::text,
                secret_hash = ${p(record.secretHash)}::text, data = ${p(data)}::json,
                updated_at = ${p(session.updated_at)}::timestamptz,
                expires_at = ${p(session.expires_at)}::timestamptz,
                last_activity_at = ${p(session.last_activity_at)}::timestamptz
          WHERE id = ${p(session.id)}::uuid`
    : (p) =>
        `INSERT INTO checkout_sessions (id, version, status, secret_hash, data, created_at,
                                       updated_at, expires_at, last_activity_at)
         VALUES (${p(session.id)}::uuid, ${p(session.version)}::integer, ${p(session.status)}::text,
                 ${p(record.secretHash)}::text, ${p(data)}::json,
                 ${p(session.created_at)}::timestamptz, ${p(session.updated_at)}::timestamptz,
                 ${p(session.expires_at)}::timestamptz, ${p(session.last_activity_at)}::timestamptz)`;
  const writes = [row];
  const entries = trail.slice(base?.trailLength ?? 0);
  if (entries.length > 0) writes.push(insertAuditEntries(session.id, entries));
  // Every part of one statement sees the rows as they were before it: this copies the old data.
  if (base) {
    writes.push(
      (p) =>
        `INSERT INTO checkout_session_versions (session_id, version, data)
         SELECT s.id, s.version, s.data FROM checkout_sessions s
          WHERE s.id = ${p(session.id)}::uuid AND EXISTS (
                SELECT 1 FROM idempotency_keys k
                 WHERE k.session_id = s.id AND k.session_version = s.version)
         ON CONFLICT DO NOTHING`,
    );
  }
  return writes;
}

/** Appends audit entries (the table is append-only: nothing ever updates or deletes one). */
export function insertAuditEntries(sessionId: string, entries: readonly AuditEntry[]): Statement {
  return (p) =>
    `INSERT INTO checkout_session_audit (session_id, version, entry) VALUES ${entries
      .map(
        (entry) =>
          `(${p(sessionId)}::uuid, ${p(entry.version)}::integer, ${p(JSON.stringify(entry))}::json)`,
      )
      .join(', ')}`;
}

/** The session as its row's `data` keeps it: everything but `custom_data.audit_trail`. */
export function withoutTrail(session: Session): Session {
  const { [auditTrailKey]: _trail, ...customData } = session.custom_data;
  return { ...session, custom_data: customData };
}

/**
 * When a record's body is its session (a PATCH, a confirm, a creation): the version and
 * last_activity_at it answered with, and what the body adds to the session (`client_secret`).
 */
function sessionRefOf(record: IdempotencyRecord) {
  const body = record.body as Partial<Session> & { client_secret?: unknown };
  if (!record.sessionId || body?.object !== 'checkout_session' || body.id !== record.sessionId) {
    return null;
  }
  const { client_secret } = body;
  return {
    version: body.version as number,
    lastActivityAt: body.last_activity_at as string,
    extra: typeof client_secret === 'string' ? { client_secret } : null,
  };
}

/**
 * Stores the idempotency record for (scope, key). A body that is the session is stored as a
 * reference (its version and last_activity_at), not a second copy: a few hundred bytes. `replace`
 * overwrites an existing record (an expired one, as the caller checked); `insert` fails with a
 * unique violation (23505) if any record for the key exists, which is how a writer that assumed
 * the key was new learns otherwise: the statement, and everything written with it, fails.
 */
export function storeIdempotency(
  record: IdempotencyRecord,
  mode: 'replace' | 'insert' = 'replace',
): Statement {
  const ref = sessionRefOf(record);
  const json = JSON.stringify(ref ? ref.extra : record.body) ?? 'null';
  return (p) =>
    `INSERT INTO idempotency_keys (scope, key, request_hash, status, body, session_id,
                                   session_version, session_activity_at, created_at)
     VALUES (${p(record.scope)}::text, ${p(record.key)}::text, ${p(record.requestHash)}::text,
             ${p(record.status)}::integer, ${p(json)}::json, ${p(record.sessionId)}::uuid,
             ${p(ref?.version ?? null)}::integer, ${p(ref?.lastActivityAt ?? null)}::timestamptz,
             ${p(record.createdAt)}::timestamptz)${
               mode === 'insert'
                 ? ''
                 : `
     ON CONFLICT (scope, key) DO UPDATE
        SET request_hash = EXCLUDED.request_hash, status = EXCLUDED.status,
            body = EXCLUDED.body, session_id = EXCLUDED.session_id,
            session_version = EXCLUDED.session_version,
            session_activity_at = EXCLUDED.session_activity_at, created_at = EXCLUDED.created_at`
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

/** The stored session: the row's data, its latest activity, its trail back under custom_data. */
export function toStored(row: SessionRow): StoredSession {
  const data = typeof row.data === 'string' ? (JSON.parse(row.data) as Session) : row.data;
  const trail = typeof row.trail === 'string' ? JSON.parse(row.trail) : (row.trail ?? []);
  const session: Session = {
    ...data,
    custom_data: withAuditTrail(data.custom_data, trail),
  };
  if (row.last_activity_at !== null) {
    session.last_activity_at = new Date(row.last_activity_at).toISOString();
  }
  return { session, secretHash: row.secret_hash };
}

/** The record as it was put, a referenced session rebuilt; null if that session is gone. */
export function toRecord(row: IdempotencyRow): IdempotencyRecord | null {
  let body = typeof row.body === 'string' ? JSON.parse(row.body) : row.body;
  if (row.session_version !== null) {
    if (row.session_data === null || row.session_activity_at === null) return null;
    const { session } = toStored({
      secret_hash: '',
      data: row.session_data,
      last_activity_at: row.session_activity_at,
      trail: row.session_trail,
    });
    body = body !== null && typeof body === 'object' ? { ...session, ...body } : session;
  }
  return {
    scope: row.scope,
    key: row.key,
    requestHash: row.request_hash,
    status: Number(row.status),
    body,
    sessionId: row.session_id,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
