import { useId } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { fill } from '../fill.js';
import { useFieldBindings, useFieldError } from '../useFieldBinding.js';
import { useMessages } from '../useMessages.js';

/** Props of {@link CustomDataEditor}. */
export interface CustomDataEditorProps {
  /** Called on every edit, so the form can hold back errors while typing. */
  onEdit: () => void;
}

/**
 * Key/value rows for `custom_data`. A removed row is sent as `null` (deletes the key); the
 * reserved `audit_trail` never appears.
 * Its error comes from the form's state (a client check or the server's detail).
 * @example <CustomDataEditor onEdit={edit} />
 */
export function CustomDataEditor({ onEdit }: CustomDataEditorProps) {
  const id = useId();
  const { messages: t } = useMessages();
  const { form } = useFieldBindings();
  const error = useFieldError('custom_data');
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'custom_data' });
  // Watched so each "Remove field {key}" button is named after the key as it is typed.
  const rows = useWatch({ control: form.control, name: 'custom_data' });
  return (
    <fieldset
      className="ce-section ce-fieldset"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="ce-section-title">{t.custom_data}</legend>
      {fields.map((row, index) => {
        const key = rows[index]?.key || String(index + 1);
        return (
          // biome-ignore lint/a11y/useSemanticElements: a nested fieldset per row would be noisier
          <div
            key={row.id}
            role="group"
            aria-label={fill(t.custom_data_row, { index: index + 1 })}
            className="ce-row"
          >
            <label className="ce-field">
              <span className="ce-label">{t.custom_data_key}</span>
              <input
                {...form.register(`custom_data.${index}.key`, { onChange: onEdit })}
                className="ce-input"
                autoComplete="off"
              />
            </label>
            <label className="ce-field">
              <span className="ce-label">{t.custom_data_value}</span>
              <input
                {...form.register(`custom_data.${index}.value`, { onChange: onEdit })}
                className="ce-input"
                autoComplete="off"
              />
            </label>
            <button
              type="button"
              className="ce-button ce-button-quiet"
              onClick={() => {
                remove(index);
                onEdit();
              }}
            >
              {fill(t.custom_data_remove, { key })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="ce-button ce-button-quiet"
        onClick={() => append({ key: '', value: '' })}
      >
        {t.custom_data_add}
      </button>
      {error ? (
        <p id={`${id}-error`} className="ce-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
