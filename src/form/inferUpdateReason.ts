import type { Session, UpdateReason, UpdateRequest } from '../core/index.js';

/**
 * The `update_reason` widget.md rule 8 infers when the reason section is hidden: a plan change
 * wins; then a lone quantity, start date or guest-details change; any other mix is a
 * configuration update.
 * @example inferUpdateReason(session, { contract: { ...contract, quantity: 7 } }) // 'quantity_change'
 */
export function inferUpdateReason(session: Session, body: UpdateRequest): UpdateReason {
  const { contract: after, update_reason: _r, update_note: _n, ...rest } = body;
  const changed = Object.keys(rest);
  const before = session.contract;
  if (after) {
    const plan = 'plan_id' in after ? after.plan_id : undefined;
    if (plan !== ('plan_id' in before ? before.plan_id : undefined)) return 'plan_change';
    if (quantities(after) !== quantities(before)) changed.push('quantity');
    if ((after.start_date ?? before.start_date) !== before.start_date) changed.push('start_date');
    if (after.currency !== before.currency) changed.push('currency');
  }
  const only = changed.length === 1 ? lone[changed[0] as keyof typeof lone] : undefined;
  return only ?? 'configuration_update';
}

const lone = {
  quantity: 'quantity_change',
  start_date: 'billing_date_change',
  customer: 'customer_correction',
} as const;

function quantities(contract: {
  quantity?: number | undefined;
  items?: { product_id: string; quantity?: number | undefined }[];
}): string {
  return JSON.stringify(
    contract.items?.map((item) => [item.product_id, item.quantity ?? 1]) ?? contract.quantity ?? 1,
  );
}
