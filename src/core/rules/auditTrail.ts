import type { AuditEntry, Session } from '../session.js';
import { auditTrailKey } from './mergeCustomData.js';

/**
 * The audit entries of a session, oldest first. Only the rules write `audit_trail`, so its
 * entries are trusted; a session without the key has none.
 */
export function auditTrail(session: Session): AuditEntry[] {
  const trail = session.custom_data[auditTrailKey];
  return Array.isArray(trail) ? (trail as AuditEntry[]) : [];
}
