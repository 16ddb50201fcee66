/** Props of {@link FieldMessages}. */
export interface FieldMessagesProps {
  /** The input's id; the texts get `<id>-hint` and `<id>-error`. */
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/**
 * The hint and error lines under an input, with the ids `describedBy` points at.
 * @example <FieldMessages id={id} hint="1 to 500 seats" error={error} />
 */
export function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="ce-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="ce-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
