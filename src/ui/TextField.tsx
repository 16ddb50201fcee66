import { memo } from 'react';
import type { EditorField } from '../form/index.js';
import { Field } from './Field.js';
import { useFieldBinding } from './useFieldBinding.js';

/** Props of {@link TextField}. */
export interface TextFieldProps {
  name: EditorField;
  /** The accessible name, e.g. "Email". */
  label: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'datetime-local';
  hint?: string | undefined;
  autoComplete?: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
}

/**
 * A labelled input bound to the editor form, with hint, error and `aria-invalid` (a text area:
 * {@link TextAreaField}).
 * @example <TextField name="email" label={t.email} type="email" autoComplete="email" />
 */
export const TextField = memo(function TextField({ name, label, hint, ...rest }: TextFieldProps) {
  const { register, error, value } = useFieldBinding(name);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          type="text"
          {...register}
          {...control}
          {...rest}
          defaultValue={value}
          className="ce-input"
        />
      )}
    </Field>
  );
});
