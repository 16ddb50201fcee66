import type { ContractInput, CustomerInput, Session, UpdateRequest } from '../core/index.js';
import { type EditorValues, utmKeys } from './editorValues.js';
import { isoFromLocal, localDateTime } from './localDateTime.js';
import type { Section } from './sections.js';

const customerKeys = ['email', 'name', 'company', 'phone'] as const;
const urlKeys = ['success_url', 'cancel_url', 'pending_url'] as const;

/**
 * The PATCH body for what the shown sections changed, and nothing else (no reason yet).
 * Empty when nothing changed.
 * @example buildUpdateBody(session, { ...editorValues(session), quantity: '7' }, ['quantity'])
 * // { contract: { plan_id: 'team', quantity: 7, currency: 'USD', start_date: '2026-12-01' } }
 */
export function buildUpdateBody(
  session: Session,
  values: EditorValues,
  sections: readonly Section[],
): UpdateRequest {
  const shown = new Set(sections);
  const body: UpdateRequest = {};

  const contract = contractFrom(session, values, shown);
  if (contract) body.contract = contract;

  if (shown.has('customer') && session.customer_id === null) {
    const customer: CustomerInput = {};
    for (const key of customerKeys) {
      const next = values[key].trim();
      if (next !== (session.customer?.[key] ?? '')) customer[key] = next === '' ? null : next;
    }
    if (Object.keys(customer).length > 0) body.customer = customer;
  }

  if (shown.has('expires_at') && values.expires_at !== localDateTime(session.expires_at)) {
    body.expires_at = isoFromLocal(values.expires_at) ?? values.expires_at;
  }

  if (shown.has('redirect_urls')) {
    for (const key of urlKeys) {
      const next = values[key].trim();
      if (next !== (session[key] ?? '')) body[key] = next === '' ? null : next;
    }
  }

  if (shown.has('attribution')) {
    const before = session.attribution ?? {};
    if (utmKeys.some((key) => values[key].trim() !== (before[key] ?? ''))) {
      // Attribution is replaced as a whole: keep what the editor does not show.
      const next: NonNullable<UpdateRequest['attribution']> = {};
      if (before.referrer !== undefined) next.referrer = before.referrer;
      if (before.landing_page !== undefined) next.landing_page = before.landing_page;
      for (const key of utmKeys) {
        const value = values[key].trim();
        if (value !== '') next[key] = value;
      }
      body.attribution = next;
    }
  }

  if (shown.has('custom_data')) {
    const customData = customDataChanges(session, values);
    if (customData) body.custom_data = customData;
  }
  return body;
}

function contractFrom(
  session: Session,
  values: EditorValues,
  shown: Set<Section>,
): ContractInput | undefined {
  const before = session.contract;
  const currency = shown.has('currency') ? values.currency : before.currency;
  const startDate = shown.has('start_date') ? values.start_date : before.start_date;
  const beforePlan = 'plan_id' in before ? before.plan_id : '';
  const planId = shown.has('plan') && values.plan_id !== '' ? values.plan_id : beforePlan;

  if (planId === '' && 'items' in before) {
    if (currency === before.currency && startDate === before.start_date) return undefined;
    return { items: before.items, currency, start_date: startDate };
  }
  const typed = Number(values.quantity.trim());
  const quantity =
    shown.has('quantity') || planId !== beforePlan
      ? Number.isInteger(typed) && values.quantity.trim() !== ''
        ? typed
        : 1
      : 'quantity' in before
        ? before.quantity
        : 1;
  const unchanged =
    'plan_id' in before &&
    planId === before.plan_id &&
    quantity === before.quantity &&
    currency === before.currency &&
    startDate === before.start_date;
  return unchanged ? undefined : { plan_id: planId, quantity, currency, start_date: startDate };
}

function customDataChanges(
  session: Session,
  values: EditorValues,
): UpdateRequest['custom_data'] | undefined {
  const before = session.custom_data;
  const changes: NonNullable<UpdateRequest['custom_data']> = {};
  const kept = new Set<string>();
  for (const row of values.custom_data) {
    const key = row.key.trim();
    if (key === '') continue;
    kept.add(key);
    const old = before[key];
    const oldText = old === undefined || old === null ? undefined : String(old);
    // An untouched number or boolean stays as it was; typed values are strings, like Stripe metadata.
    if (oldText !== row.value) changes[key] = row.value;
  }
  for (const key of Object.keys(before)) {
    if (key !== 'audit_trail' && !kept.has(key)) changes[key] = null;
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}
