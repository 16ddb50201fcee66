import type { Session, UpdateReason, UpdateRequest } from '../core/index.js';

/**
 * The `update_reason` widget.md rule 8 infers when the reason section is hidden: a plan change
 * wins; then a lone quantity, start date or guest-details change; any other mix is a
 * configuration update.
 * @example inferUpdateReason(session, { contract: { ...contract, quantity: 7 } }) // 'quantity_change'
 */
export function inferUpdateReason(session: Session, body: UpdateRequest): UpdateReason {
  const changed = new Set<string>();
  const before = session.contract;
  if (body.contract) {
    const after = body.contract;
    const beforePlan = 'plan_id' in before ? before.plan_id : undefined;
    const afterPlan = 'plan_id' in after ? after.plan_id : undefined;
    if (afterPlan !== beforePlan) changed.add('plan_id');
    const beforeQty = 'items' in before ? quantities(before.items) : String(before.quantity);
    const afterQty = 'items' in after ? quantities(after.items) : String(after.quantity ?? 1);
    if (afterQty !== beforeQty) changed.add('quantity');
    if ((after.start_date ?? before.start_date) !== before.start_date) changed.add('start_date');
    if (after.currency !== before.currency) changed.add('currency');
  }
  for (const key of Object.keys(body)) {
    if (key !== 'contract' && key !== 'update_reason' && key !== 'update_note') changed.add(key);
  }

  if (changed.has('plan_id')) return 'plan_change';
  if (changed.size !== 1) return 'configuration_update';
  if (changed.has('quantity')) return 'quantity_change';
  if (changed.has('start_date')) return 'billing_date_change';
  if (changed.has('customer')) return 'customer_correction';
  return 'configuration_update';
}

function quantities(items: { product_id: string; quantity?: number | undefined }[]): string {
  return items.map((item) => `${item.product_id}:${item.quantity ?? 1}`).join(',');
}
