import type { Session, SessionStatus } from '../session.js';

/** A session as persisted: the public object plus the hash of its client secret. */
export interface StoredSession {
  session: Session;
  /** Hex SHA-256 of the client secret; the secret itself is never stored. */
  secretHash: string;
}

/** What checking a client secret needs to know about its session; a subset of StoredSession. */
export interface SessionCredentials {
  secretHash: string;
  /** The stored status (`open` or `complete`); expiry is computed from `expiresAt`. */
  status: SessionStatus;
  expiresAt: string;
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
  getForUpdate(id: string): Promise<StoredSession | null>;
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
 * Sessions a store returns may be shared with a cache: callers treat them as immutable (the
 * rules never mutate their input; they build new sessions).
 */
export interface Store {
  /**
   * Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. A store
   * may run `fn` more than once (a retry after a serialization failure or a wrong guess that
   * wrote nothing), so `fn` must have no effects except through `tx`.
   */
  transaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** Reads without locking. */
  get(id: string): Promise<StoredSession | null>;
  /**
   * Optional: reads only what authenticating a client secret needs, when that is cheaper than
   * `get` (a narrow SELECT on PostgreSQL). Without it the service uses `get`.
   */
  getCredentials?(id: string): Promise<SessionCredentials | null>;
  /**
   * Optional: the session if the store holds it in memory right now, else undefined; never
   * reads the database. What `get` would answer at this moment, without a promise: a request
   * that only authenticates (a price preview) then runs without waiting a turn.
   */
  peek?(id: string): StoredSession | undefined;
  /** Stores a minted support token (durable once resolved); its session exists. */
  insertSupportToken(record: SupportTokenRecord): Promise<void>;
  /** The support token with this hash, expired or not, or null. */
  getSupportToken(tokenHash: string): Promise<SupportTokenRecord | null>;
  close(): Promise<void>;
}
