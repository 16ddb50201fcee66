import { memo, useId } from 'react';
import type { EditorField } from '../react/index.js';
import { describedBy } from './describedBy.js';
import { FieldMessages } from './FieldMessages.js';
import { useFieldBinding } from './useFieldBinding.js';

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  name: EditorField;
  label: string;
  options: { value: string; label: string }[];
  hint?: string | undefined;
}

/**
 * A labelled native select bound to the editor form.
 * @example <SelectField name="currency" label={t.currency} options={[{ value: 'USD', label: 'USD' }]} />
 */
export const SelectField = memo(function SelectField({
  name,
  label,
  options,
  hint,
}: SelectFieldProps) {
  const id = useId();
  const { register, error } = useFieldBinding(name);
  return (
    <div className="ce-field">
      <label htmlFor={id} className="ce-label">
        {label}
      </label>
      <select
        {...register}
        id={id}
        className="ce-input ce-select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(error), Boolean(hint))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
});
