import { memo, useId } from 'react';
import type { EditorField } from '../react/index.js';
import { describedBy } from './describedBy.js';
import { FieldMessages } from './FieldMessages.js';
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
  multiline?: boolean;
}

/**
 * A labelled input bound to the editor form, with hint, error and `aria-invalid`.
 * @example <TextField name="email" label={t.email} type="email" autoComplete="email" />
 */
export const TextField = memo(function TextField({
  name,
  label,
  type = 'text',
  hint,
  multiline,
  ...rest
}: TextFieldProps) {
  const id = useId();
  const { register, error } = useFieldBinding(name);
  const aria = {
    id,
    className: 'ce-input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, Boolean(error), Boolean(hint)),
  };
  return (
    <div className="ce-field">
      <label htmlFor={id} className="ce-label">
        {label}
      </label>
      {multiline ? (
        <textarea {...register} {...aria} rows={3} />
      ) : (
        <input {...register} {...aria} {...rest} type={type} />
      )}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
});
