import type { Secrets } from './createSecrets.js';
import { timingSafeEqual } from './createSecrets.js';
import type { Store, StoredSession } from './store.js';

/** Who is calling: the merchant (secret key) or the holder of one session's client secret. */
export type Caller =
  | { actor: 'merchant'; credentialHash: string }
  | { actor: 'client'; credentialHash: string; sessionId: string; stored: StoredSession };

/**
 * Resolves `Authorization: Bearer <token>` to a caller, or null (401). A client secret is
 * valid only while its session exists and the hash matches; which session it may act on is
 * decided by the endpoint (another session's id is a 404, never a 401, so ids can't be probed).
 */
export async function authenticate(
  authorization: string | undefined,
  secretKeyHash: string,
  secrets: Secrets,
  store: Store,
): Promise<Caller | null> {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization ?? '');
  const token = match?.[1];
  if (!token || token.length > 512) return null;
  const credentialHash = await secrets.sha256Hex(token);
  if (timingSafeEqual(credentialHash, secretKeyHash)) return { actor: 'merchant', credentialHash };
  const sessionId = secrets.sessionIdOfClientSecret(token);
  if (!sessionId) return null;
  const stored = await store.get(sessionId);
  if (!stored || !timingSafeEqual(credentialHash, stored.secretHash)) return null;
  return { actor: 'client', credentialHash, sessionId, stored };
}
