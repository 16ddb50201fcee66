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

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What differs between the session the editor loaded and the latest one, to explain a
 * `version_conflict` ("Someone else changed the quantity").
 * @example describeSessionChanges(loaded, latest) // ['quantity']
 */
export function describeSessionChanges(before: Session, after: Session): SessionArea[] {
  const areas: SessionArea[] = [];
  const a = before.contract;
  const b = after.contract;
  if (before.status !== after.status || before.payment_status !== after.payment_status) {
    areas.push('status');
  }
  if (('plan_id' in a ? a.plan_id : 'items') !== ('plan_id' in b ? b.plan_id : 'items')) {
    areas.push('plan');
  }
  if (!same('items' in a ? a.items : a.quantity, 'items' in b ? b.items : b.quantity)) {
    areas.push('quantity');
  }
  if (a.start_date !== b.start_date) areas.push('start_date');
  if (a.currency !== b.currency) areas.push('currency');
  if (!same(before.customer, after.customer)) areas.push('customer');
  if (before.expires_at !== after.expires_at) areas.push('expires_at');
  if (
    before.success_url !== after.success_url ||
    before.cancel_url !== after.cancel_url ||
    before.pending_url !== after.pending_url
  ) {
    areas.push('redirect_urls');
  }
  if (!same(before.attribution, after.attribution)) areas.push('attribution');
  const { audit_trail: _a, ...dataBefore } = before.custom_data;
  const { audit_trail: _b, ...dataAfter } = after.custom_data;
  if (!same(dataBefore, dataAfter)) areas.push('custom_data');
  return areas;
}
