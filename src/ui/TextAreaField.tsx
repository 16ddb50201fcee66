import { memo } from 'react';
import type { EditorField } from '../form/index.js';
import { Field } from './Field.js';
import { useFieldBinding } from './useFieldBinding.js';

/** Props of {@link TextAreaField}. */
export interface TextAreaFieldProps {
  name: EditorField;
  /** The accessible name, e.g. "Note". */
  label: string;
  hint?: string | undefined;
}

/**
 * A labelled three-line text area bound to the editor form, with hint, error and
 * `aria-invalid`. Only the support-staff sections use one (the update note), so it stays out of
 * the storefront's bundle.
 * @example <TextAreaField name="update_note" label={t.update_note} />
 */
export const TextAreaField = memo(function TextAreaField({
  name,
  label,
  hint,
}: TextAreaFieldProps) {
  const { register, error, value } = useFieldBinding(name);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea {...register} {...control} defaultValue={value} className="ce-input" rows={3} />
      )}
    </Field>
  );
});
