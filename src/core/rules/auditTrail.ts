import type { AuditEntry, CustomData, Session } from '../session.js';
import { auditTrailKey } from './mergeCustomData.js';

/**
 * The audit entries of a session, oldest first. Only the rules write `audit_trail`, so its
 * entries are trusted; a session without the key has none.
 */
export function auditTrail(session: Session): AuditEntry[] {
  const trail = session.custom_data[auditTrailKey];
  return Array.isArray(trail) ? (trail as AuditEntry[]) : [];
}

/**
 * `custom_data` with `trail` as its audit trail, always its last key: a session's JSON is then
 * the same bytes whether it was just changed, read back from storage or replayed (the keys a
 * caller added after the trail began would otherwise come after it in one and before it in the
 * others). A spread copies an own `__proto__` key as an ordinary key.
 * @example withAuditTrail({ campaign: 'x', audit_trail: [] }, [entry]) // { campaign: 'x', audit_trail: [entry] }
 */
export function withAuditTrail(customData: CustomData, trail: AuditEntry[]): CustomData {
  const { [auditTrailKey]: _previous, ...rest } = customData;
  return { ...rest, [auditTrailKey]: trail };
}
