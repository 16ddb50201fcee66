import { createLruMap } from '../../core/api/createLruMap.js';
import type { IdempotencyRecord, Store, StoredSession, StoreTx } from '../../core/api/store.js';
import { jsonText } from '../jsonText.js';
import {
  combine,
  type IdempotencyRow,
  insertSession,
  purgeIdempotencySql,
  type SessionRow,
  type Statement,
  selectIdempotencySql,
  selectSessionSql,
  storeIdempotency,
  toRecord,
  toStored,
  updateSession,
} from './sessionRows.js';
import type { SqlDriver } from './sqlDriver.js';
import { insertSupportToken, selectSupportToken } from './supportTokenRows.js';

/** Options of {@link createCachedSqlStore}. */
export interface CachedSqlStoreOptions {
  /** How many sessions to keep in memory, least recently used first out (default 2000). */
  cacheSize?: number;
}

const dayMs = 24 * 60 * 60 * 1000;
const purgeIntervalMs = 10 * 60 * 1000;

type SessionWrite = { kind: 'insert' | 'update'; record: StoredSession };

const keyId = (scope: string, key: string) => JSON.stringify([scope, key]);
const isUniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === '23505';

/**
 * The Store on a database that this process owns alone (PGlite: one data dir, one process).
 * Because every write goes through this object, it can keep a write-through cache of sessions
 * and serialise transactions with an in-process mutex instead of database locks:
 *
 * - reads (auth, GET, the row a write starts from) come from the cache; a miss reads the row;
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
  let queue: Promise<unknown> = Promise.resolve();
  let lastPurge = 0;

  const select = async (id: string) => {
    const { rows } = await driver.query<SessionRow>(selectSessionSql, [id]);
    return rows[0] ? toStored(rows[0]) : null;
  };

  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    // The next transaction waits for this one whether it commits or rolls back.
    queue = result.catch(() => undefined);
    return result;
  };

  const selectKey = async (scope: string, key: string, notBefore: string) => {
    const { rows } = await driver.query<IdempotencyRow>(selectIdempotencySql, [
      scope,
      key,
      notBefore,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
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
        const hit = cache.get(id);
        if (hit) return hit;
        // Inside the mutex no write can race this read, so it may fill the cache.
        const stored = await select(id);
        if (stored) cache.set(id, stored);
        return stored;
      },
      async insert(record) {
        assertActive();
        sessions.set(record.session.id, { kind: 'insert', record });
      },
      async update(record) {
        assertActive();
        const pending = sessions.get(record.session.id);
        sessions.set(record.session.id, { kind: pending?.kind ?? 'update', record });
      },
      async lockIdempotencyKey() {
        // The mutex already serialises whole transactions.
        assertActive();
      },
      async getIdempotency(scope, key, notBefore) {
        assertActive();
        const pending = keys.get(keyId(scope, key));
        if (pending) return pending;
        if (guess && !guessed) {
          guessed = { scope, key, notBefore };
          return null;
        }
        return selectKey(scope, key, notBefore);
      },
      async putIdempotency(record) {
        assertActive();
        keys.set(keyId(record.scope, record.key), record);
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
    const guessedId = guessed && keyId(guessed.scope, guessed.key);
    if (guessed && guessedId && !keys.has(guessedId)) {
      if (await selectKey(guessed.scope, guessed.key, guessed.notBefore)) return { done: false };
    }
    if (sessions.size === 0 && keys.size === 0) return { done: true, result };

    // A response body is usually the session just written: each is serialised once, the text
    // sent once (see sessionRows) and reused for the HTTP response (jsonText).
    const writes: Statement[] = [];
    for (const { kind, record } of sessions.values()) {
      const text = jsonText(record.session);
      writes.push(kind === 'insert' ? insertSession(record, text) : updateSession(record, text));
    }
    for (const [id, record] of keys) {
      // The guessed key is INSERTed without ON CONFLICT: if a record exists after all (a live
      // one, or an expired one not yet purged), the whole statement fails and writes nothing.
      const mode = id === guessedId ? 'insert' : 'replace';
      writes.push(storeIdempotency(record, jsonText(record.body), mode));
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
    const newest = Math.max(0, ...[...keys.values()].map((record) => Date.parse(record.createdAt)));
    if (newest - lastPurge >= purgeIntervalMs) {
      lastPurge = newest;
      // Housekeeping after the commit: failing it must not turn a durable write into a 500.
      await driver
        .query(purgeIdempotencySql, [new Date(newest - dayMs).toISOString()])
        .catch(() => undefined);
    }
    return { done: true, result };
  }

  return {
    transaction: (fn) => exclusive(() => runTransaction(fn)),
    peek: (id) => cache.get(id),
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
    close: () => driver.close(),
  };
}
