import { queryOptions } from '@tanstack/react-query';
import type { CheckoutSessionClient } from '../client/index.js';
import { checkoutKeys } from './checkoutKeys.js';

/**
 * Query options for one session. Never stale on its own: it changes only when this editor saves
 * or the shopper asks to reload, so `If-Match` stays the version the edits are based on.
 * @example useQuery(sessionQuery(client, sessionId), queryClient)
 */
export function sessionQuery(client: CheckoutSessionClient, id: string) {
  return queryOptions({
    queryKey: checkoutKeys.session(client.baseUrl, id),
    queryFn: ({ signal }) => client.getSession(id, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
