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

/** An area and what of a session it covers, compared as JSON. */
export type AreaPick = [SessionArea, (s: Session) => unknown];

/** The areas a shopper can tell apart. */
export const shopperAreas: AreaPick[] = [
  ['status', (s) => [s.status, s.payment_status]],
  ['plan', ({ contract: c }) => ('plan_id' in c ? c.plan_id : 'items')],
  ['quantity', ({ contract: c }) => ('items' in c ? c.items : c.quantity)],
  ['start_date', (s) => s.contract.start_date],
  ['customer', (s) => s.customer],
];

/**
 * What differs between the session the editor loaded and the latest one, to explain a
 * `version_conflict` ("Someone else changed the quantity"), among `areas`.
 * @example describeSessionChanges(loaded, latest) // ['quantity']
 */
export function describeSessionChanges(
  before: Session,
  after: Session,
  areas: AreaPick[] = shopperAreas,
): SessionArea[] {
  return areas
    .filter(([, pick]) => JSON.stringify(pick(before)) !== JSON.stringify(pick(after)))
    .map(([area]) => area);
}
