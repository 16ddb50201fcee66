import type { Catalog, ErrorDetail, Session } from '../core/index.js';
import { checkSessionFields } from '../core/rules/checkSessionFields.js';
import { mergeCustomer } from '../core/rules/mergeCustomer.js';
import { buildUpdateBody } from './buildUpdateBody.js';
import type { EditorField, EditorValues } from './editorValues.js';
import { fieldForPath } from './fieldForPath.js';
import type { Section } from './sections.js';

/** One problem with what is typed, on the field that shows it. */
export interface FieldProblem {
  field: EditorField;
  /** An API detail code, or `not_integer` for a quantity that is not a whole number yet. */
  code: string;
  /** The rules' English sentence; the UI prefers its own localized message for the code. */
  message: string;
}

const maxNote = 500;

/**
 * Checks the edited values with the same core rules the API applies, so the editor neither
 * previews nor saves what the server would refuse. At most one problem per field.
 * @example validateEditorValues(session, { ...values, quantity: '0' }, sections, catalog, now)
 * // [{ field: 'quantity', code: 'quantity_out_of_range', message: '…' }]
 */
export function validateEditorValues(
  session: Session,
  values: EditorValues,
  sections: readonly Section[],
  catalog: Catalog,
  now: Date,
): FieldProblem[] {
  const problems = new Map<EditorField, FieldProblem>();
  const add = (problem: FieldProblem) => {
    if (!problems.has(problem.field)) problems.set(problem.field, problem);
  };
  const shown = new Set(sections);

  const quantity = values.quantity.trim();
  const planChosen = values.plan_id !== '';
  if (shown.has('quantity') && planChosen && !/^\d+$/.test(quantity)) {
    add({ field: 'quantity', code: 'not_integer', message: 'Enter a whole number.' });
  }
  if (shown.has('start_date') && values.start_date === '') {
    add({ field: 'start_date', code: 'invalid_date', message: 'Enter a date.' });
  }

  const body = buildUpdateBody(session, values, sections);
  const details: ErrorDetail[] = [];
  checkSessionFields(session, body, { catalog, now, actor: 'client' }, details);
  if (body.customer) mergeCustomer(session.customer, body.customer, 'update', details);
  if (shown.has('update_reason') && values.update_note.trim().length > maxNote) {
    details.push({
      path: 'update_note',
      code: 'too_long',
      message: `At most ${maxNote} characters.`,
    });
  }

  for (const detail of details) {
    let field = fieldForPath(detail.path);
    // A plan without a price in the currency is the plan's problem when currency is not editable.
    if (field === 'currency' && !shown.has('currency')) field = 'plan_id';
    if (field) add({ field, code: detail.code, message: detail.message });
  }
  return [...problems.values()];
}
