import { type EditorField, guestFields } from './editorValues.js';
import type { Section } from './sections.js';

/**
 * The field that shows a problem with `field`, or undefined when none is on screen: a currency
 * problem shows on the plan when there is no currency section; guest details only show for a
 * guest session with the customer section.
 * @example shownField('currency', ['plan', 'quantity'], true) // 'plan_id'
 */
export function shownField(
  field: EditorField,
  sections: readonly Section[],
  /** The session has no `customer_id`: its guest details are editable. */
  guest: boolean,
): EditorField | undefined {
  if (field === 'currency' && !sections.includes('currency')) return 'plan_id';
  if ((guestFields as readonly string[]).includes(field)) {
    return sections.includes('customer') && guest ? field : undefined;
  }
  return field;
}
