import type { Session } from '../session.js';
import type { Secrets } from './createSecrets.js';
import { timingSafeEqual } from './createSecrets.js';
import type { Store, SupportTokenRecord } from './store.js';

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
      /** The session as the store had it when the secret was checked. */
      session: Readonly<Session>;
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
 * @example const caller = await authenticate(headers.authorization, secretKeyHash, secrets, store, now);
 */
export async function authenticate(
  authorization: string | undefined,
  secretKeyHash: string,
  secrets: Secrets,
  store: Store,
  now: Date,
): Promise<Caller | null> {
  const token = bearer.exec(authorization ?? '')?.[1];
  if (!token || token.length > 512) return null;
  const credentialHash = await secrets.sha256Hex(token);
  // The secret key first: whatever it looks like, it is never mistaken for another credential.
  if (timingSafeEqual(credentialHash, secretKeyHash)) return { actor: 'merchant', credentialHash };
  if (secrets.isSupportToken(token)) {
    return supportCaller(credentialHash, await store.getSupportToken(credentialHash), now);
  }
  const sessionId = secrets.sessionIdOfClientSecret(token);
  if (!sessionId) return null;
  const stored = await store.get(sessionId);
  if (!stored || !timingSafeEqual(credentialHash, stored.secretHash)) return null;
  return { actor: 'client', credentialHash, sessionId, session: stored.session };
}

function supportCaller(
  credentialHash: string,
  record: SupportTokenRecord | null,
  now: Date,
): Caller | null {
  if (!record || now.getTime() >= Date.parse(record.expiresAt)) return null;
  return { actor: 'support', credentialHash, sessionId: record.sessionId, actorName: record.actor };
}
