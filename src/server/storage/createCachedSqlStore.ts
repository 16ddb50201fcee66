import { createLruMap } from '../../core/api/createLruMap.js';
import { createMutex } from '../../core/api/createMutex.js';
import { idempotencyId, idempotencyNotBefore } from '../../core/api/idempotency.js';
import type { IdempotencyRecord, Store, StoredSession, StoreTx } from '../../core/api/store.js';
import { auditTrail } from '../../core/rules/index.js';
import {
  baseOf,
  combine,
  type IdempotencyRow,
  purgeIdempotencySql,
  type SessionBase,
  type SessionRow,
  type Statement,
  selectSessionSql,
  sessionWrites,
  storeIdempotency,
  toRecord,
  toStored,
} from './sessionRows.js';
import type { SqlDriver } from './sqlDriver.js';
import { insertSupportToken, selectSupportToken } from './supportTokenRows.js';

/** Options of {@link createCachedSqlStore}. */
export interface CachedSqlStoreOptions {
  /** How many sessions to keep in memory, least recently used first out (default 2000). */
  cacheSize?: number;
  /**
   * Runs VACUUM after this many bytes of writes (default: never). For a database without
   * autovacuum (PGlite): the space of replaced rows is then reused instead of growing the files.
   */
  vacuumAfterBytes?: number;
}

/**
 * An idempotency record with the data of the session version it refers to, but without that
 * version's audit entries: those are a prefix of the trail the cache holds (entries are
 * append-only), so a replay of a cached session reads ~the row, not megabytes of json_agg.
 */
const selectIdempotencyHeadSql = `SELECT k.scope, k.key, k.request_hash, k.status, k.body,
       k.session_id, k.session_version, k.session_activity_at, k.created_at,
       COALESCE(v.data, s.data) AS session_data
  FROM idempotency_keys k
  LEFT JOIN checkout_session_versions v
    ON v.session_id = k.session_id AND v.version = k.session_version
  LEFT JOIN checkout_sessions s ON s.id = k.session_id AND s.version = k.session_version
 WHERE k.scope = $1 AND k.key = $2 AND k.created_at >= $3::timestamptz`;

const selectTrailUpToSql = `SELECT json_agg(entry ORDER BY version) AS trail
  FROM checkout_session_audit WHERE session_id = $1 AND version <= $2`;

/**
 * Housekeeping after {@link CachedSqlStoreOptions.vacuumAfterBytes}, one statement per step: the
 * tables whose rows are replaced or deleted (the audit table is append-only), then a CHECKPOINT
 * (single-user PostgreSQL has no checkpointer, and WAL is only recycled after one).
 */
const housekeepingSql = [
  'VACUUM checkout_sessions',
  'VACUUM idempotency_keys',
  'VACUUM checkout_session_versions',
  'CHECKPOINT',
];

const purgeIntervalMs = 10 * 60 * 1000;

/** A session to write and what its row held before (null: a new row). */
type SessionWrite = { record: StoredSession; base: SessionBase | null };

const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === '23505';

/**
 * The Store on a database that this process owns alone (PGlite: one data dir, one process).
 * Because every write goes through this object, it can keep a write-through cache of sessions
 * and serialise transactions with an in-process mutex instead of database locks:
 *
 * - reads (auth, GET, the row a write starts from) come from the cache; a miss reads the row
 *   and its audit entries;
 * - a transaction's writes are collected and sent at its end as ONE statement (data-modifying
 *   CTEs), which PostgreSQL commits atomically: a failure anywhere writes nothing, and the
 *   transaction resolves only after the commit, so a resolved write is durable;
 * - the cache takes a transaction's writes only after that statement committed, before the
 *   transaction resolves (so before any response is sent), so every later request sees them.
 *
 * Never use it on a database that another process writes to: use createSqlStore there.
 * @example const store = createCachedSqlStore(driver);
 */
export function createCachedSqlStore(
  driver: SqlDriver,
  options: CachedSqlStoreOptions = {},
): Store {
  const cache = createLruMap<StoredSession>(options.cacheSize ?? 2000);
  // Bumped by every committed write: a read that raced one must not fill the cache.
  let generation = 0;
  const exclusive = createMutex();
  let lastPurge = 0;
  let writtenBytes = 0;
  let closed = false;

  const select = async (id: string) => {
    const { rows } = await driver.query<SessionRow>(selectSessionSql, [id]);
    return rows[0] ? toStored(rows[0]) : null;
  };

  /**
   * Runs the housekeeping steps off the request path: after the write that passed the threshold
   * has answered, each step in its own turn of the mutex and of the event loop, so requests
   * waiting meanwhile go between steps (PGlite runs each statement on the main thread).
   * A failure must not fail anything: it is tried again after the next threshold.
   */
  const houseKeep = (step = 0) => {
    const sql = housekeepingSql[step];
    if (sql === undefined || closed) return;
    setImmediate(() => {
      if (closed) return;
      exclusive(() => driver.query(sql)).then(
        () => houseKeep(step + 1),
        () => undefined,
      );
    });
  };

  /** The record; the trail of the session version it refers to from the cache when it can. */
  const selectKey = async (scope: string, key: string, notBefore: string) => {
    const params = [scope, key, notBefore];
    const { rows } = await driver.query<Omit<IdempotencyRow, 'session_trail'>>(
      selectIdempotencyHeadSql,
      params,
    );
    const head = rows[0];
    if (!head) return null;
    const version = head.session_version;
    if (version === null || head.session_id === null)
      return toRecord({ ...head, session_trail: null });
    const cached = cache.get(head.session_id);
    if (cached) {
      const trail = auditTrail(cached.session).filter((entry) => entry.version <= version);
      return toRecord({ ...head, session_trail: trail });
    }
    const trail = await driver.query<{ trail: IdempotencyRow['session_trail'] }>(
      selectTrailUpToSql,
      [head.session_id, version],
    );
    return toRecord({ ...head, session_trail: trail.rows[0]?.trail ?? null });
  };

  /**
   * Runs `fn` until it completes without a wrong guess. The first run assumes the one
   * Idempotency-Key it asks about is new (nearly always true), saving a SELECT per write: the
   * record is then INSERTed, without ON CONFLICT, in the same statement as the writes, so if a
   * record existed the statement fails as a whole. When the guess was wrong nothing was written,
   * and `fn` runs again with real reads (the Store contract lets a store run `fn` more than once).
   */
  async function runTransaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    for (let guess = true; ; guess = false) {
      const outcome = await attempt(fn, guess);
      if (outcome.done) return outcome.result;
    }
  }

  async function attempt<T>(
    fn: (tx: StoreTx) => Promise<T>,
    guess: boolean,
  ): Promise<{ done: true; result: T } | { done: false }> {
    const sessions = new Map<string, SessionWrite>();
    const bases = new Map<string, SessionBase>();
    const keys = new Map<string, IdempotencyRecord>();
    let guessed: { scope: string; key: string; notBefore: string } | undefined;
    let active = true;
    const assertActive = () => {
      if (!active) throw new Error('This transaction has already ended.');
    };
    const tx: StoreTx = {
      async getForUpdate(id) {
        assertActive();
        const pending = sessions.get(id);
        if (pending) return pending.record;
        // Inside the mutex no write can race this read, so it may fill the cache.
        const stored = cache.get(id) ?? (await select(id));
        if (stored) {
          cache.set(id, stored);
          bases.set(id, baseOf(stored));
        }
        return stored;
      },
      async insert(record) {
        assertActive();
        sessions.set(record.session.id, { record, base: null });
      },
      async update(record) {
        assertActive();
        const id = record.session.id;
        const pending = sessions.get(id);
        const base = pending ? pending.base : bases.get(id);
        if (base === undefined) throw new Error(`Update of session ${id} without reading it.`);
        sessions.set(id, { record, base });
      },
      async lockIdempotencyKey() {
        // The mutex already serialises whole transactions.
        assertActive();
      },
      async getIdempotency(scope, key, notBefore) {
        assertActive();
        const pending = keys.get(idempotencyId(scope, key));
        if (pending) return pending;
        if (guess && !guessed) {
          guessed = { scope, key, notBefore };
          return null;
        }
        return selectKey(scope, key, notBefore);
      },
      async putIdempotency(record) {
        assertActive();
        keys.set(idempotencyId(record.scope, record.key), record);
      },
    };
    let result: T;
    try {
      result = await fn(tx);
    } finally {
      active = false;
    }

    // A guessed key that this transaction does not store must be checked now: `fn` answered as
    // if it were new (e.g. a 409), where a replay may have been due.
    const guessedId = guessed && idempotencyId(guessed.scope, guessed.key);
    if (guessed && guessedId && !keys.has(guessedId)) {
      if (await selectKey(guessed.scope, guessed.key, guessed.notBefore)) return { done: false };
    }
    if (sessions.size === 0 && keys.size === 0) return { done: true, result };

    // Only what changed is sent: a no-op touches one column, an update adds one audit entry.
    const writes: Statement[] = [];
    for (const { record, base } of sessions.values()) writes.push(...sessionWrites(record, base));
    for (const [id, record] of keys) {
      // The guessed key is INSERTed without ON CONFLICT: if a record exists after all (a live
      // one, or an expired one not yet purged), the whole statement fails and writes nothing.
      const mode = id === guessedId ? 'insert' : 'replace';
      writes.push(storeIdempotency(record, mode));
    }
    const statement = combine(writes);
    try {
      await driver.query(statement.sql, statement.params);
    } catch (error) {
      if (guessedId && keys.has(guessedId) && isUniqueViolation(error)) return { done: false };
      throw error;
    }

    generation++;
    for (const [id, { record }] of sessions) cache.set(id, record);
    for (const param of statement.params)
      writtenBytes += typeof param === 'string' ? param.length : 8;
    if (options.vacuumAfterBytes !== undefined && writtenBytes >= options.vacuumAfterBytes) {
      writtenBytes = 0;
      houseKeep();
    }
    const newest = Math.max(0, ...[...keys.values()].map((record) => Date.parse(record.createdAt)));
    if (newest - lastPurge >= purgeIntervalMs) {
      lastPurge = newest;
      // Housekeeping after the commit: failing it must not turn a durable write into a 500.
      await driver
        .query(purgeIdempotencySql, [idempotencyNotBefore(newest)])
        .catch(() => undefined);
    }
    return { done: true, result };
  }

  return {
    transaction: (fn) => exclusive(() => runTransaction(fn)),
    async get(id) {
      const hit = cache.get(id);
      if (hit) return hit;
      const seen = generation;
      const stored = await select(id);
      if (stored && seen === generation && !cache.has(id)) cache.set(id, stored);
      return stored;
    },
    insertSupportToken: (record) => insertSupportToken(driver, record),
    getSupportToken: (tokenHash) => selectSupportToken(driver, tokenHash),
    async ping() {
      await driver.query('SELECT 1');
    },
    async close() {
      closed = true;
      // Waits for the writes and the housekeeping step under way.
      await exclusive(async () => undefined);
      await driver.close();
    },
  };
}
