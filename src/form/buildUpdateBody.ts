import type { CustomerInput, Session, UpdateRequest } from '../core/index.js';
import { guestFields, type ShopperValues } from './editorValues.js';
import type { Section } from './sections.js';

/**
 * The PATCH body for what the shopper sections changed (the contract, guest details), and
 * nothing else (no reason yet). Empty when nothing changed. The support-staff fields are added
 * by `buildMerchantBody` (the `checkout-editor/merchant` entry).
 * @example buildUpdateBody(session, { ...editorValues(session), quantity: '7' }, ['quantity'])
 * // { contract: { plan_id: 'team', quantity: 7, currency: 'USD', start_date: '2026-12-01' } }
 */
export function buildUpdateBody(
  session: Session,
  values: ShopperValues,
  sections: readonly Section[],
): UpdateRequest {
  const shown = (section: Section) => sections.includes(section);
  const body: UpdateRequest = {};
  const before = session.contract;
  const currency = shown('currency') ? values.currency : before.currency;
  const start_date = shown('start_date') ? values.start_date : before.start_date;
  const beforePlan = 'plan_id' in before ? before.plan_id : '';
  const plan_id = shown('plan') && values.plan_id !== '' ? values.plan_id : beforePlan;
  const same = currency === before.currency && start_date === before.start_date;
  if (plan_id === '' && 'items' in before) {
    if (!same) body.contract = { items: before.items, currency, start_date };
  } else {
    const typed = values.quantity.trim();
    const n = Number(typed);
    const stored = 'quantity' in before ? before.quantity : 1;
    const quantity =
      shown('quantity') || plan_id !== beforePlan ? (Number.isInteger(n) && typed ? n : 1) : stored;
    if (!same || plan_id !== beforePlan || quantity !== stored) {
      body.contract = { plan_id, quantity, currency, start_date };
    }
  }

  if (shown('customer') && session.customer_id === null) {
    const customer: CustomerInput = {};
    for (const key of guestFields) {
      const next = values[key].trim();
      if (next !== (session.customer?.[key] ?? '')) customer[key] = next || null;
    }
    if (Object.keys(customer).length > 0) body.customer = customer;
  }
  return body;
}
