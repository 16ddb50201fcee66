import type { Session } from '../session.js';

/** A session as persisted: the public object plus the hash of its client secret. */
export interface StoredSession {
  session: Session;
  /** Hex SHA-256 of the client secret; the secret itself is never stored. */
  secretHash: string;
}

/**
 * A stored session as a store hands it out. Read-only: a store may give the same object to
 * every reader (a cache), so nobody may change it; the rules build new sessions instead.
 */
export interface SharedStoredSession {
  readonly session: Readonly<Session>;
  readonly secretHash: string;
}

/** A stored 2xx response, replayed for a retry with the same Idempotency-Key and body. */
export interface IdempotencyRecord {
  /** Who the key belongs to: `session:<id>:<METHOD>:<path>` or, for creation, `create:<credential hash>`. */
  scope: string;
  key: string;
  /** Hex SHA-256 of the canonical request body, to tell a retry from a reuse. */
  requestHash: string;
  status: number;
  body: unknown;
  /** The session this response belongs to (null for none), so replays can recompute its ETag. */
  sessionId: string | null;
  createdAt: string;
}

/** A support token as persisted: never the token itself, only its hash. */
export interface SupportTokenRecord {
  /** Hex SHA-256 of the token (the key it is found by). */
  tokenHash: string;
  /** The one session the token works on. */
  sessionId: string;
  /** Who the token was minted for; recorded as `actor_name` in the audit trail. */
  actor: string;
  /** ISO datetime; the token is refused from this instant on. */
  expiresAt: string;
  createdAt: string;
}

/** What one transaction can do. Every method runs inside the transaction that created it. */
export interface StoreTx {
  /** Reads a session and locks it until the transaction ends (SQL: SELECT … FOR UPDATE). */
  getForUpdate(id: string): Promise<SharedStoredSession | null>;
  insert(record: StoredSession): Promise<void>;
  /** Replaces a session that this transaction read with getForUpdate. */
  update(record: StoredSession): Promise<void>;
  /** Serialises transactions that use the same idempotency key (SQL: pg_advisory_xact_lock). */
  lockIdempotencyKey(scope: string, key: string): Promise<void>;
  /** A record younger than `notBefore` (ISO datetime), or null. */
  getIdempotency(scope: string, key: string, notBefore: string): Promise<IdempotencyRecord | null>;
  /** Inserts or replaces the record for (scope, key). */
  putIdempotency(record: IdempotencyRecord): Promise<void>;
}

/**
 * Durable storage behind the API service. The SQL implementations live in src/server, the
 * in-memory one in src/mock. A resolved `transaction` means the write is durable.
 *
 * Sessions a store returns may be shared with a cache: StoredSession is read-only in the types.
 */
export interface Store {
  /**
   * Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. A store
   * may run `fn` more than once (a retry after a serialization failure or a wrong guess that
   * wrote nothing), so `fn` must have no effects except through `tx`.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** Reads without locking. */
  get(id: string): Promise<SharedStoredSession | null>;
  /** Stores a minted support token (durable once resolved); its session exists. */
  insertSupportToken(record: SupportTokenRecord): Promise<void>;
  /** The support token with this hash, expired or not, or null. */
  getSupportToken(tokenHash: string): Promise<SupportTokenRecord | null>;
  /**
   * Optional: resolves when the database answers now, rejects (StorageUnavailableError) when it
   * cannot; `/health` uses it. Bounded in time like every store call.
   */
  ping?(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Thrown by a store while its database cannot be reached (a restart, a cut connection, a
 * timeout): the service answers 503 `storage_unavailable` with `Retry-After`, and nothing was
 * written (a write whose commit could not be confirmed was never acknowledged either).
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}
