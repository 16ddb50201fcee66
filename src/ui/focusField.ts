import type { UseFormReturn } from 'react-hook-form';
import type { EditorField, EditorValues } from '../form/index.js';

/**
 * Focus a field by name. Custom data has no single input: React Hook Form's setFocus does
 * nothing for it (its rows are registered under `custom_data.<n>.…`).
 * @example focusField(form, 'email')
 */
export function focusField(form: UseFormReturn<EditorValues>, field: EditorField): void {
  try {
    form.setFocus(field);
  } catch {
    // Hidden fields (a section that is not shown) cannot take focus; the alert still says why.
  }
}
