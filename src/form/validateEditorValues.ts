import type { Catalog, Session, UpdateRequest } from '../core/index.js';
import { isDate } from '../core/rules/dates.js';
import { isEmail } from '../core/rules/isEmail.js';
import { maxCustomerText } from '../core/rules/maxCustomerText.js';
import { planQuantityRange } from '../core/rules/planQuantityRange.js';
import { startDateWindow } from '../core/rules/startDateWindow.js';
import { buildUpdateBody } from './buildUpdateBody.js';
import { type EditorField, guestFields, type ShopperValues } from './editorValues.js';
import type { Section } from './sections.js';

/** One problem with what is typed, on the field that shows it. */
export interface FieldProblem {
  field: EditorField;
  /** An API detail code, or `not_integer` for a quantity that is not a whole number yet. */
  code: string;
  /** The API's sentence, for a code the UI has no message of its own for. */
  message?: string | undefined;
}

/**
 * Quick checks of the storefront fields, so the editor neither previews nor saves what the API
 * would refuse for the usual reasons: quantity bounds from the catalog, the start date window,
 * the email shape, lengths. The API stays the authority (its `details[]` land on the fields
 * too); this stays small because it ships to every storefront. At most one problem per field.
 * @example validateEditorValues(session, { ...values, quantity: '0' }, sections, catalog, now)
 * // [{ field: 'quantity', code: 'quantity_out_of_range' }]
 */
export function validateEditorValues(
  session: Session,
  values: ShopperValues,
  sections: readonly Section[],
  catalog: Catalog,
  now: Date,
  body: UpdateRequest = buildUpdateBody(session, values, sections),
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: EditorField, code: string) => {
    if (!problems.some((p) => p.field === field)) problems.push({ field, code });
  };
  const currencyField = sections.includes('currency') ? 'currency' : 'plan_id';
  if (
    sections.includes('quantity') &&
    values.plan_id !== '' &&
    !/^\d+$/.test(values.quantity.trim())
  ) {
    add('quantity', 'not_integer');
  }
  const { contract, customer } = body;
  // An unchanged contract is the session's own, which the API accepted.
  if (contract) {
    if ('plan_id' in contract) {
      const plan = catalog.plans.find((p) => p.id === contract.plan_id);
      const { min, max } = planQuantityRange(catalog.plans, contract.plan_id);
      const quantity = contract.quantity ?? 1;
      if (!plan) add('plan_id', 'unknown_plan');
      else if (!plan.prices[contract.currency]) add(currencyField, 'currency_not_supported');
      if (plan && (quantity < min || quantity > max)) add('quantity', 'quantity_out_of_range');
    }
    const start = contract.start_date ?? '';
    const window = startDateWindow(now);
    if (!isDate(start)) add('start_date', 'invalid_date');
    else if (start < window.min || start > window.max) {
      add('start_date', 'start_date_out_of_range');
    }
  }
  for (const field of guestFields) {
    const value = customer?.[field];
    if (value === undefined) continue;
    if (value && value.length > maxCustomerText) add(field, 'too_long');
    // The email cannot be cleared; the other details can.
    else if (field === 'email' && !isEmail(value ?? '')) add(field, 'invalid_email');
  }
  return problems;
}
