import type { Secrets } from './createSecrets.js';
import { timingSafeEqual } from './createSecrets.js';
import type { SessionCredentials, Store, StoredSession } from './store.js';

/** Who is calling: the merchant (secret key) or the holder of one session's client secret. */
export type Caller =
  | { actor: 'merchant'; credentialHash: string }
  | {
      actor: 'client';
      credentialHash: string;
      sessionId: string;
      /** What the store said about the session when the secret was checked. */
      credentials: SessionCredentials;
    };

const bearer = /^Bearer[ ]+(\S+)[ ]*$/i;

/**
 * Resolves `Authorization: Bearer <token>` to a caller, or null (401). A client secret is
 * valid only while its session exists and the hash matches; which session it may act on is
 * decided by the endpoint (another session's id is a 404, never a 401, so ids can't be probed).
 * The session is read through `store.getCredentials` when the store has a cheaper read for it.
 */
export async function authenticate(
  authorization: string | undefined,
  secretKeyHash: string,
  secrets: Secrets,
  store: Store,
): Promise<Caller | null> {
  const token = bearer.exec(authorization ?? '')?.[1];
  if (!token || token.length > 512) return null;
  // The server's hash is synchronous: no await (a promise job per request) for a plain string.
  const hashed = secrets.sha256Hex(token);
  const credentialHash = typeof hashed === 'string' ? hashed : await hashed;
  if (timingSafeEqual(credentialHash, secretKeyHash)) return { actor: 'merchant', credentialHash };
  const sessionId = secrets.sessionIdOfClientSecret(token);
  if (!sessionId) return null;
  const credentials = store.getCredentials
    ? await store.getCredentials(sessionId)
    : credentialsOf(await store.get(sessionId));
  if (!credentials || !timingSafeEqual(credentialHash, credentials.secretHash)) return null;
  return { actor: 'client', credentialHash, sessionId, credentials };
}

function credentialsOf(stored: StoredSession | null): SessionCredentials | null {
  if (!stored) return null;
  const { status, expires_at: expiresAt } = stored.session;
  return { secretHash: stored.secretHash, status, expiresAt };
}
