import { createMutex } from '../core/api/createMutex.js';
import { idempotencyId } from '../core/api/idempotency.js';
import type {
  IdempotencyRecord,
  Store,
  StoredSession,
  StoreTx,
  SupportTokenRecord,
} from '../core/api/store.js';

/** What the in-memory store holds; exposed read-only to tests through `snapshot()`. */
interface MemoryState {
  sessions: Map<string, StoredSession>;
  idempotency: Map<string, IdempotencyRecord>;
}

/** The in-memory `Store` plus helpers that tests use to look behind the API. */
export interface MemoryStore extends Store {
  /** Deep copies of every stored session, in insertion order. */
  list(): StoredSession[];
  /** Deep copies of every idempotency record, in insertion order. */
  idempotencyRecords(): IdempotencyRecord[];
  /** Copies of every support token record (hashes, never tokens), in insertion order. */
  supportTokenRecords(): SupportTokenRecord[];
}

// A copy on the way in and on the way out means no caller can reach into the store's state by
// holding a reference. Through JSON, not structuredClone: the SQL stores keep JSON, so this
// store keeps exactly what they keep (a value JSON drops is dropped here too, where
// structuredClone threw a DataCloneError on a function and the mock answered 500 where the
// server answered 200).
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * An in-memory `Store` for the mock backend and for tests. Transactions run one at a time
 * (a single async mutex), so `getForUpdate` and `lockIdempotencyKey` need no locks of their
 * own; writes go to a working copy that replaces the state only when `fn` resolves.
 *
 * @example
 * const store = createMemoryStore();
 * const service = createApiService({ store, catalog, secretKey });
 */
export function createMemoryStore(): MemoryStore {
  let state: MemoryState = { sessions: new Map(), idempotency: new Map() };
  // Outside the transactional state: a token is written on its own, never with a session.
  const supportTokens = new Map<string, SupportTokenRecord>();
  const runExclusive = createMutex();
  let closed = false;

  const assertOpen = () => {
    if (closed) throw new Error('The memory store is closed.');
  };

  const openTx = (working: MemoryState, isActive: () => boolean): StoreTx => {
    const assertActive = () => {
      if (!isActive()) throw new Error('This transaction has already ended.');
    };
    return {
      async getForUpdate(id) {
        assertActive();
        const record = working.sessions.get(id);
        return record ? copy(record) : null;
      },
      async insert(record) {
        assertActive();
        if (working.sessions.has(record.session.id)) {
          throw new Error(`Session ${record.session.id} already exists.`);
        }
        working.sessions.set(record.session.id, copy(record));
      },
      async update(record) {
        assertActive();
        if (!working.sessions.has(record.session.id)) {
          throw new Error(`Session ${record.session.id} does not exist.`);
        }
        working.sessions.set(record.session.id, copy(record));
      },
      async lockIdempotencyKey() {
        // Transactions are already serialised as a whole.
        assertActive();
      },
      async getIdempotency(scope, key, notBefore) {
        assertActive();
        const record = working.idempotency.get(idempotencyId(scope, key));
        if (!record || Date.parse(record.createdAt) < Date.parse(notBefore)) return null;
        return copy(record);
      },
      async putIdempotency(record) {
        assertActive();
        const id = idempotencyId(record.scope, record.key);
        // Replacing keeps insertion order stable for idempotencyRecords().
        working.idempotency.delete(id);
        working.idempotency.set(id, copy(record));
      },
    };
  };

  return {
    transaction(fn) {
      return runExclusive(async () => {
        assertOpen();
        const working: MemoryState = {
          sessions: new Map(state.sessions),
          idempotency: new Map(state.idempotency),
        };
        let active = true;
        try {
          const result = await fn(openTx(working, () => active));
          state = working;
          return result;
        } finally {
          active = false;
        }
      });
    },
    async get(id) {
      assertOpen();
      const record = state.sessions.get(id);
      return record ? copy(record) : null;
    },
    async insertSupportToken(record) {
      assertOpen();
      if (!state.sessions.has(record.sessionId)) {
        throw new Error(`Session ${record.sessionId} does not exist.`);
      }
      supportTokens.set(record.tokenHash, copy(record));
    },
    async getSupportToken(tokenHash) {
      assertOpen();
      const record = supportTokens.get(tokenHash);
      return record ? copy(record) : null;
    },
    async close() {
      closed = true;
    },
    list() {
      return [...state.sessions.values()].map(copy);
    },
    idempotencyRecords() {
      return [...state.idempotency.values()].map(copy);
    },
    supportTokenRecords() {
      return [...supportTokens.values()].map(copy);
    },
  };
}
