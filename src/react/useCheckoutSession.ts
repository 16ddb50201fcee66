import { useQuery } from '@tanstack/react-query';
import type { CheckoutError } from '../client/index.js';
import type { Session } from '../core/index.js';
import { type ReadOnlyReason, readOnlyReason } from '../core/rules/readOnlyReason.js';
import type { QuerySeed } from './querySeed.js';
import { sessionQuery } from './sessionQuery.js';
import { toCheckoutError } from './toCheckoutError.js';
import { useCheckoutContext } from './useCheckoutContext.js';

/** A session as the editor sees it. */
export type CheckoutSessionState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: CheckoutError; reload: () => void }
  | { kind: 'editable'; session: Session; reload: () => void }
  | { kind: 'read_only'; session: Session; reason: ReadOnlyReason; reload: () => void };

/**
 * Loads a session and says whether it can still be edited.
 * @example
 * const state = useCheckoutSession(sessionId);
 * if (state.kind === 'read_only') return <p>{state.reason}</p>;
 */
export function useCheckoutSession(
  sessionId: string,
  /** The host's copy of the session (server rendering), shown before any request. */
  seed?: QuerySeed<Session>,
): CheckoutSessionState {
  const { client, queryClient } = useCheckoutContext();
  const query = useQuery(sessionQuery(client, sessionId, seed), queryClient);
  const reload = () => void query.refetch();
  if (query.data) {
    const reason = readOnlyReason(query.data, new Date());
    return reason
      ? { kind: 'read_only', session: query.data, reason, reload }
      : { kind: 'editable', session: query.data, reload };
  }
  if (query.isError) return { kind: 'failed', error: toCheckoutError(query.error), reload };
  return { kind: 'loading' };
}
