import { memo } from 'react';
import type { EditorField } from '../form/index.js';
import { Field } from './Field.js';
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
  const { register, error, value } = useFieldBinding(name);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...register} {...control} defaultValue={value} className="ce-input ce-select">
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
});
