import { type AuditChange, attributionKeys, type Session } from '../session.js';
import { auditTrailKey } from './mergeCustomData.js';

const contractKeys = ['plan_id', 'quantity', 'items', 'currency', 'start_date'] as const;
const customerKeys = ['email', 'name', 'company', 'phone'] as const;
const addressKeys = ['line1', 'line2', 'city', 'postal_code', 'state', 'country'] as const;
const topKeys = ['expires_at', 'success_url', 'cancel_url', 'pending_url'] as const;

/**
 * The audit changes between two versions of a session, as leaf paths (`contract.quantity`,
 * `customer.address.city`, `custom_data.campaign`). An array (`contract.items`) is one change;
 * an unset value is `null`. Empty when nothing a caller can write differs.
 */
export function diffSessions(before: Session, after: Session): AuditChange[] {
  const changes: AuditChange[] = [];
  const add = (field: string, from: unknown, to: unknown): void => {
    if (!jsonEqual(from ?? null, to ?? null))
      changes.push({ field, from: from ?? null, to: to ?? null });
  };
  const contractBefore: Record<string, unknown> = before.contract;
  const contractAfter: Record<string, unknown> = after.contract;
  for (const key of contractKeys) add(`contract.${key}`, contractBefore[key], contractAfter[key]);
  add('currency', before.currency, after.currency);
  for (const key of customerKeys)
    add(`customer.${key}`, before.customer?.[key], after.customer?.[key]);
  for (const key of addressKeys) {
    add(`customer.address.${key}`, before.customer?.address?.[key], after.customer?.address?.[key]);
  }
  for (const key of topKeys) add(key, before[key], after[key]);
  for (const key of attributionKeys) {
    add(`attribution.${key}`, before.attribution?.[key], after.attribution?.[key]);
  }
  const dataKeys = new Set([...Object.keys(before.custom_data), ...Object.keys(after.custom_data)]);
  dataKeys.delete(auditTrailKey);
  for (const key of dataKeys)
    add(`custom_data.${key}`, ownValue(before.custom_data, key), ownValue(after.custom_data, key));
  return changes;
}

// `custom_data.toString` of a session without that key is unset, not Object.prototype's.
function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((key) => Object.hasOwn(rb, key) && jsonEqual(ra[key], rb[key]));
}
