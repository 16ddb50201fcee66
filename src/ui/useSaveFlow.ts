import { useQuery } from '@tanstack/react-query';
import { useContext, useMemo, useState } from 'react';
import type { CheckoutError } from '../client/index.js';
import type { Session } from '../core/index.js';
import {
  describeSessionChanges,
  type EditorField,
  type FormProblem,
  fieldForPath,
  type Submission,
  toFormProblem,
} from '../form/index.js';
import {
  latestSessionQuery,
  sessionQuery,
  useCheckoutContext,
  useUpdateCheckoutSession,
} from '../react/index.js';
import { MerchantContext } from './useMerchant.js';

/** A server error on a field: its detail code and the API's sentence. */
export interface ServerError {
  code: string;
  message: string;
}

/** Where saving stands, and what the form shows for it. */
export interface SaveFlow {
  saving: boolean;
  saved: boolean;
  /** The form-level alert, if any. */
  problem: FormProblem | undefined;
  /** Server errors per field, from `details[].path`; each clears when its field is edited. */
  serverErrors: Partial<Record<EditorField, ServerError>>;
  /** The detail fields of the latest failure, in order, to move focus to the first. */
  failedFields: EditorField[];
  /** Sends the submission; its outcome: the server's session, or the CheckoutError. */
  submit: (submission: Submission) => Promise<Session>;
  /** The outcome of the save in flight: the server's session, or the CheckoutError. */
  settled: () => Promise<Session>;
  retry: () => void;
  reload: () => void;
  /** The user edited `field`: its server error goes, and so does a "saved" state. */
  edited: (field: EditorField) => void;
}

/**
 * Saving for the editor: runs the update, sorts server errors onto fields or into the alert,
 * and for a `version_conflict` reads the latest session through the query layer
 * (`latestSessionQuery`) to say what changed; "Reload session" makes it the session query's data.
 * @example const save = useSaveFlow(session, { visible, onUpdated, onError, reloadSession });
 */
export function useSaveFlow(
  session: Session,
  options: {
    /** Maps a detail's field to the field that shows it, or undefined when none is shown. */
    visible: (field: EditorField) => EditorField | undefined;
    reloadSession: () => void;
    onUpdated?: ((session: Session) => void) | undefined;
    onError?: ((error: CheckoutError) => void) | undefined;
  },
): SaveFlow {
  const { client, queryClient } = useCheckoutContext();
  const update = useUpdateCheckoutSession(session.id, {
    onSuccess: options.onUpdated,
    onError: options.onError,
  });
  const [cleared, setCleared] = useState<EditorField[]>([]);
  const { state } = update;
  const error = state.kind === 'failed' ? state.error : undefined;

  // Derived, not copied into state: the details of the failure shown, sorted onto fields.
  const { visible } = options;
  // With `checkout-editor/merchant`: the support-staff fields and areas too.
  const merchant = useContext(MerchantContext);
  const fieldFor = merchant?.fieldForPath ?? fieldForPath;
  const placed = useMemo(() => {
    const fields: Partial<Record<EditorField, ServerError>> = {};
    const rest: string[] = [];
    if (error?.kind === 'api')
      for (const detail of error.details) {
        const raw = fieldFor(detail.path);
        const field = raw && visible(raw);
        if (field) fields[field] ??= detail;
        else rest.push(detail.message);
      }
    return { fields, rest };
  }, [error, visible, fieldFor]);
  const serverErrors = useMemo(() => {
    const errors = { ...placed.fields };
    for (const field of cleared) delete errors[field];
    return errors;
  }, [placed, cleared]);

  // Read beside the session being edited, which it does not replace: the edits stay on screen
  // until the shopper reloads, and the alert can say what changed meanwhile.
  const conflict = error?.kind === 'api' && error.code === 'version_conflict';
  const { data } = useQuery(
    { ...latestSessionQuery(client, session.id, session.version), enabled: conflict },
    queryClient,
  );
  const next = conflict ? data : undefined;
  return {
    saving: state.kind === 'saving',
    saved: state.kind === 'saved',
    problem:
      error &&
      toFormProblem(
        error,
        placed.rest,
        next && describeSessionChanges(session, next, merchant?.areas),
      ),
    serverErrors,
    failedFields: Object.keys(placed.fields) as EditorField[],
    submit: (submission) => {
      setCleared([]);
      update.submit(submission);
      return update.settled();
    },
    settled: update.settled,
    retry: () => {
      setCleared([]);
      update.retry();
    },
    reload: () => {
      if (next) queryClient.setQueryData(sessionQuery(client, session.id).queryKey, next);
      else options.reloadSession();
      update.reset();
    },
    edited: (field) => {
      // Only when there is one: a keystroke must not schedule a render of the form.
      if (field in serverErrors) setCleared([...cleared, field]);
      if (state.kind === 'saved') update.reset();
    },
  };
}
