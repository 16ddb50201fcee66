import type { ErrorDetail } from '../core/index.js';
import type { EditorField } from './editorValues.js';
import type { Section } from './sections.js';
import { shownField } from './shownField.js';

/** The details of a failed save: those a shown field owns, and the sentences of the rest. */
export interface PlacedErrors {
  /** One detail per field, the first the API gave for it (in the API's order). */
  fields: Partial<Record<EditorField, ErrorDetail>>;
  /** The messages of details that no shown field owns, for the form-level alert. */
  rest: string[];
}

/**
 * The one mapping of an API error's `details[].path` onto the form's fields (as Polar's
 * checkout maps server validation errors in one helper): `fieldFor` names the field that owns a
 * path, {@link shownField} the field that shows it (or none, when its section is hidden).
 * @example placeServerErrors([{ path: 'customer.email', code: 'invalid_email', message }], fieldForPath, ['customer'], true)
 * // { fields: { email: { path: 'customer.email', … } }, rest: [] }
 */
export function placeServerErrors(
  details: readonly ErrorDetail[],
  fieldFor: (path: string) => EditorField | undefined,
  sections: readonly Section[],
  /** The session has no `customer_id`: its guest details are editable. */
  guest: boolean,
): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, rest: [] };
  for (const detail of details) {
    const owner = fieldFor(detail.path);
    const field = owner && shownField(owner, sections, guest);
    if (field) placed.fields[field] ??= detail;
    else placed.rest.push(detail.message);
  }
  return placed;
}
