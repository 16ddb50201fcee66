import { auditTrail, withAuditTrail } from '../rules/auditTrail.js';
import { longAuditStrings, shortenAuditEntry } from '../rules/shortenAuditEntry.js';
import type { Session } from '../session.js';
import type { Secrets } from './createSecrets.js';

/**
 * A session just changed by applyUpdate, with the long strings of its newest audit entry
 * shortened (see shortenAuditEntry); the hashes come from the injected crypto, which may be
 * asynchronous (Web Crypto in the mock), hence here and not in the synchronous rules.
 */
export async function boundAuditEntry(
  session: Session,
  sha256Hex: Secrets['sha256Hex'],
): Promise<Session> {
  const trail = auditTrail(session);
  const newest = trail.at(-1);
  const long = newest ? longAuditStrings(newest) : [];
  if (!newest || long.length === 0) return session;
  const hashes = new Map<string, string>();
  for (const text of long) hashes.set(text, await sha256Hex(text));
  const entry = shortenAuditEntry(newest, (text) => hashes.get(text) ?? '');
  return {
    ...session,
    custom_data: withAuditTrail(session.custom_data, [...trail.slice(0, -1), entry]),
  };
}
