import type { Session } from '../core/index.js';

/** A part of a session that someone else may have changed, named for people. */
export type SessionArea =
  | 'status'
  | 'plan'
  | 'quantity'
  | 'start_date'
  | 'currency'
  | 'customer'
  | 'expires_at'
  | 'redirect_urls'
  | 'attribution'
  | 'custom_data';

// Each area and what of a session it covers, compared as JSON.
const areas: [SessionArea, (s: Session) => unknown][] = [
  ['status', (s) => [s.status, s.payment_status]],
  ['plan', ({ contract: c }) => ('plan_id' in c ? c.plan_id : 'items')],
  ['quantity', ({ contract: c }) => ('items' in c ? c.items : c.quantity)],
  ['start_date', (s) => s.contract.start_date],
  ['currency', (s) => s.contract.currency],
  ['customer', (s) => s.customer],
  ['expires_at', (s) => s.expires_at],
  ['redirect_urls', (s) => [s.success_url, s.cancel_url, s.pending_url]],
  ['attribution', (s) => s.attribution],
  // The audit trail changes with every update; it is not something someone else "changed".
  ['custom_data', (s) => ({ ...s.custom_data, audit_trail: undefined })],
];

/**
 * What differs between the session the editor loaded and the latest one, to explain a
 * `version_conflict` ("Someone else changed the quantity").
 * @example describeSessionChanges(loaded, latest) // ['quantity']
 */
export function describeSessionChanges(before: Session, after: Session): SessionArea[] {
  return areas
    .filter(([, pick]) => JSON.stringify(pick(before)) !== JSON.stringify(pick(after)))
    .map(([area]) => area);
}
