import { useQuery } from '@tanstack/react-query';
import { useContext } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CheckoutError } from '../client/index.js';
import type { ErrorDetail, Session } from '../core/index.js';
import {
  describeSessionChanges,
  type EditorField,
  type EditorValues,
  type FormProblem,
  fieldForPath,
  placeServerErrors,
  type Section,
  type Submission,
  toFormProblem,
} from '../form/index.js';
import {
  latestSessionQuery,
  sessionQuery,
  useCheckoutContext,
  useUpdateCheckoutSession,
} from '../react/index.js';
import { focusField } from './focusField.js';
import { MerchantContext } from './useMerchant.js';

/** Where saving stands, and what the form shows for it. */
export interface SaveFlow {
  saving: boolean;
  saved: boolean;
  /** The form-level alert, if any. */
  problem: FormProblem | undefined;
  /** Sends the submission; its outcome: the server's session, or the CheckoutError. */
  submit: (submission: Submission) => Promise<Session>;
  /** The outcome of the save in flight: the server's session, or the CheckoutError. */
  settled: () => Promise<Session>;
  retry: () => void;
  reload: () => void;
  /** The user edited a field: a "saved" state goes. */
  edited: () => void;
}

/**
 * Saving for the editor: runs the update, puts a failure's details on their fields through
 * react-hook-form's `setError` (type `server`, until the field is edited) or into the alert, and
 * for a `version_conflict` reads the latest session through the query layer to say what
 * changed; "Reload session" refetches the session query.
 * @example const save = useSaveFlow(session, form, { sections, describe, onUpdated, onError });
 */
export function useSaveFlow(
  session: Session,
  form: UseFormReturn<EditorValues>,
  options: {
    /** The sections shown: a detail goes on its field only when that field is on screen. */
    sections: readonly Section[];
    /** The sentence a field shows for a server detail. */
    describe: (detail: ErrorDetail) => string;
    onUpdated?: ((session: Session) => void) | undefined;
    onError?: ((error: CheckoutError) => void) | undefined;
  },
): SaveFlow {
  const { client, queryClient } = useCheckoutContext();
  // With `checkout-editor/merchant`: the support-staff fields and areas too.
  const merchant = useContext(MerchantContext);
  const place = (failure: CheckoutError | undefined) =>
    placeServerErrors(
      failure?.kind === 'api' ? failure.details : [],
      merchant?.fieldForPath ?? fieldForPath,
      options.sections,
      session.customer_id === null,
    );
  const update = useUpdateCheckoutSession(session.id, {
    onSuccess: options.onUpdated,
    // Once per failed save: its details go onto their fields, and focus to the first of them.
    onError: (failure) => {
      options.onError?.(failure);
      const fields = Object.entries(place(failure).fields) as [EditorField, ErrorDetail][];
      for (const [field, detail] of fields) {
        form.setError(field, { type: 'server', message: options.describe(detail) });
      }
      if (fields[0]) focusField(form, fields[0][0]);
    },
  });
  const { state } = update;
  const error = state.kind === 'failed' ? state.error : undefined;

  // Read beside the session being edited, which it does not replace: the edits stay on screen.
  const conflict = error?.kind === 'api' && error.code === 'version_conflict';
  const { data } = useQuery(
    { ...latestSessionQuery(client, session.id, session.version), enabled: conflict },
    queryClient,
  );
  const latest = conflict ? data : undefined;
  return {
    saving: state.kind === 'saving',
    saved: state.kind === 'saved',
    problem:
      error &&
      toFormProblem(
        error,
        place(error).rest,
        latest && describeSessionChanges(session, latest, merchant?.areas),
      ),
    submit: (submission) => {
      // Checked before it is sent, so the only errors on fields are the last answer's.
      form.clearErrors();
      update.submit(submission);
      return update.settled();
    },
    settled: update.settled,
    // Offered after a network failure, which put nothing on the fields.
    retry: update.retry,
    // Offered for a conflict or a state error, which put nothing on the fields either.
    // Through the session's own query (a refetch); the alert stays until the answer is in, so
    // the edits never show over a session that is about to be replaced.
    reload: () => {
      void queryClient
        .refetchQueries({ queryKey: sessionQuery(client, session.id).queryKey, exact: true })
        .then(update.reset);
    },
    edited: () => {
      // The field's own error went with the keystroke (useReveal's typing).
      if (state.kind === 'saved') update.reset();
    },
  };
}
