import { type ReactNode, useId } from 'react';

/** What a field's control spreads onto itself: its id and error/hint wiring. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Props of {@link Field}. */
export interface FieldProps {
  /** The accessible name of the control. */
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Renders the control with the props that label and describe it. */
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled control with its hint and error lines. The control is described by its error
 * while it has one (assistive tech reads that alone on focus), else by its hint.
 * @example <Field label="Email" error={error}>{(control) => <input {...control} />}</Field>
 */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  return (
    <div className="ce-field">
      <label htmlFor={id} className="ce-label">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="ce-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="ce-error">
          {error}
        </p>
      )}
    </div>
  );
}
