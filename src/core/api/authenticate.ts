import type { Secrets } from './createSecrets.js';
import { timingSafeEqual } from './createSecrets.js';
import type { SessionCredentials, Store, StoredSession, SupportTokenRecord } from './store.js';

/**
 * Who is calling: the merchant (secret key), the holder of one session's client secret, or a
 * support agent with a token for one session.
 */
export type Caller =
  | { actor: 'merchant'; credentialHash: string }
  | {
      actor: 'client';
      credentialHash: string;
      sessionId: string;
      /** What the store said about the session when the secret was checked. */
      credentials: SessionCredentials;
    }
  | {
      actor: 'support';
      credentialHash: string;
      sessionId: string;
      /** Who the token was minted for (`actor_name` in the audit trail). */
      actorName: string;
    };

const bearer = /^Bearer[ ]+(\S+)[ ]*$/i;

/**
 * Resolves `Authorization: Bearer <token>` to a caller, or null (401). A client secret is
 * valid only while its session exists and the hash matches; a support token while its stored
 * hash exists and `now` is before its `expires_at`; which session it may act on is
 * decided by the endpoint (another session's id is a 404, never a 401, so ids can't be probed).
 * The session is read through `store.getCredentials` when the store has a cheaper read for it.
 * Synchronous when it can be (a synchronous hash, and the session in the store's memory, see
 * `Store.peek`): no promise job per request on the hot path.
 */
export function authenticate(
  authorization: string | undefined,
  secretKeyHash: string,
  secrets: Secrets,
  store: Store,
  now: Date,
): Caller | null | Promise<Caller | null> {
  const token = bearer.exec(authorization ?? '')?.[1];
  if (!token || token.length > 512) return null;
  const hashed = secrets.sha256Hex(token);
  if (secrets.isSupportToken(token)) {
    return Promise.resolve(hashed).then((hash) =>
      store.getSupportToken(hash).then((record) => supportCaller(hash, record, now)),
    );
  }
  return typeof hashed === 'string'
    ? callerOf(token, hashed, secretKeyHash, secrets, store)
    : hashed.then((hash) => callerOf(token, hash, secretKeyHash, secrets, store));
}

function supportCaller(
  credentialHash: string,
  record: SupportTokenRecord | null,
  now: Date,
): Caller | null {
  if (!record || now.getTime() >= Date.parse(record.expiresAt)) return null;
  return { actor: 'support', credentialHash, sessionId: record.sessionId, actorName: record.actor };
}

function callerOf(
  token: string,
  credentialHash: string,
  secretKeyHash: string,
  secrets: Secrets,
  store: Store,
): Caller | null | Promise<Caller | null> {
  if (timingSafeEqual(credentialHash, secretKeyHash)) return { actor: 'merchant', credentialHash };
  const sessionId = secrets.sessionIdOfClientSecret(token);
  if (!sessionId) return null;
  const known = store.peek?.(sessionId);
  if (known) return clientCaller(credentialHash, sessionId, credentialsOf(known));
  const read = store.getCredentials
    ? store.getCredentials(sessionId)
    : store.get(sessionId).then(credentialsOf);
  return read.then((credentials) => clientCaller(credentialHash, sessionId, credentials));
}

function clientCaller(
  credentialHash: string,
  sessionId: string,
  credentials: SessionCredentials | null,
): Caller | null {
  if (!credentials || !timingSafeEqual(credentialHash, credentials.secretHash)) return null;
  return { actor: 'client', credentialHash, sessionId, credentials };
}

// The cached stores hand out the same object until the session changes: its credentials are
// made once, not for every request.
const credentialsByStored = new WeakMap<StoredSession, SessionCredentials>();

function credentialsOf(stored: StoredSession | null): SessionCredentials | null {
  if (!stored) return null;
  let credentials = credentialsByStored.get(stored);
  if (!credentials) {
    const { status, expires_at: expiresAt } = stored.session;
    credentials = { secretHash: stored.secretHash, status, expiresAt };
    credentialsByStored.set(stored, credentials);
  }
  return credentials;
}
