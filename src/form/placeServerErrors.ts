import type { ErrorDetail } from '../core/index.js';
import type { EditorField } from './editorValues.js';

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
 * path, `shown` the field that shows it (or none, when its section is hidden).
 * @example placeServerErrors([{ path: 'customer.email', code: 'invalid_email', message }], fieldForPath, (f) => f)
 * // { fields: { email: { path: 'customer.email', … } }, rest: [] }
 */
export function placeServerErrors(
  details: readonly ErrorDetail[],
  fieldFor: (path: string) => EditorField | undefined,
  shown: (field: EditorField) => EditorField | undefined,
): PlacedErrors {
  const placed: PlacedErrors = { fields: {}, rest: [] };
  for (const detail of details) {
    const owner = fieldFor(detail.path);
    const field = owner && shown(owner);
    if (field) placed.fields[field] ??= detail;
    else placed.rest.push(detail.message);
  }
  return placed;
}
