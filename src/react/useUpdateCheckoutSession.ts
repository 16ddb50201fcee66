import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import type { CheckoutError } from '../client/index.js';
import type { Session } from '../core/index.js';
import type { Submission } from '../form/buildSubmission.js';
import { sessionQuery } from './sessionQuery.js';
import { toCheckoutError } from './toCheckoutError.js';
import { useCheckoutContext } from './useCheckoutContext.js';

/** Where the latest save stands. */
export type UpdateState =
  | { kind: 'idle' }
  | { kind: 'saving'; submission: Submission }
  | { kind: 'saved'; session: Session }
  | { kind: 'failed'; error: CheckoutError; submission: Submission };

/** What {@link useUpdateCheckoutSession} returns. */
export interface UpdateCheckoutSession {
  state: UpdateState;
  /** Sends a submission; returns false (and sends nothing) while another save is running. */
  submit: (submission: Submission) => boolean;
  /** Sends the failed submission again, same body and same `Idempotency-Key`. */
  retry: () => boolean;
  /** Back to idle (e.g. after the shopper reloaded the session). */
  reset: () => void;
  /**
   * The outcome of the latest save (the one in flight, if any): resolves with the server's
   * session, rejects with the CheckoutError. For a host's "save, then pay" (`ref.flush()`).
   */
  settled: () => Promise<Session>;
}

/**
 * Saves edits to a session (PATCH) with `If-Match` and an `Idempotency-Key`, at most one save at
 * a time, and puts the server's answer in the session cache. Build the submission with
 * `buildSubmission`, which sends only what changed.
 * @example
 * const update = useUpdateCheckoutSession(sessionId, { onSuccess: onUpdated });
 * const submission = buildSubmission(session, values, sections);
 * if (submission) update.submit(submission);
 */
export function useUpdateCheckoutSession(
  sessionId: string,
  options: {
    onSuccess?: (session: Session) => void;
    onError?: (error: CheckoutError) => void;
  } = {},
): UpdateCheckoutSession {
  const { client, queryClient } = useCheckoutContext();
  // A ref, not state: a second click in the same tick must already see the first save.
  const busy = useRef(false);
  const callbacks = useRef(options);
  callbacks.current = options;
  // The latest save's outcome, for `settled()`.
  const pending = useRef<Promise<Session>>(undefined);

  const mutation = useMutation(
    {
      // A submission carries `ifMatch` and `idempotencyKey` under the write options' names.
      mutationFn: (submission: Submission) =>
        client.updateSession(sessionId, submission.body, submission),
      onSuccess: (session) => {
        queryClient.setQueryData(sessionQuery(client, sessionId).queryKey, session);
        callbacks.current.onSuccess?.(session);
      },
      onError: (error) => callbacks.current.onError?.(toCheckoutError(error)),
      onSettled: () => {
        busy.current = false;
      },
    },
    queryClient,
  );

  const submit = (submission: Submission): boolean => {
    if (busy.current) return false;
    busy.current = true;
    pending.current = mutation.mutateAsync(submission);
    // Handled here (the state shows the failure); `settled()` hands it on to whoever asks.
    pending.current.catch(() => undefined);
    return true;
  };

  let state: UpdateState = { kind: 'idle' };
  const submission = mutation.variables;
  if (mutation.isPending && submission) state = { kind: 'saving', submission };
  else if (mutation.isSuccess) state = { kind: 'saved', session: mutation.data };
  else if (mutation.isError && submission) {
    state = { kind: 'failed', error: toCheckoutError(mutation.error), submission };
  }

  return {
    state,
    submit,
    retry: () => (state.kind === 'failed' ? submit(state.submission) : false),
    reset: () => {
      if (!busy.current) mutation.reset();
    },
    settled: () =>
      // biome-ignore lint/style/noNonNullAssertion: asked for after a submit (the editor's flush)
      pending.current!.catch((error) => {
        throw toCheckoutError(error);
      }),
  };
}
