import { queryOptions } from '@tanstack/react-query';
import type { CheckoutSessionClient } from '../client/index.js';
import type { Session } from '../core/index.js';
import { checkoutKeys } from './checkoutKeys.js';
import type { QuerySeed } from './querySeed.js';

/**
 * Query options for one session. Never stale on its own: it changes only when this editor saves
 * or the shopper asks to reload, so `If-Match` stays the version the edits are based on. A
 * `seed` (the host's server-side copy, `initialSession`) is the first data instead of a request,
 * refreshed once it is older than its `staleTime`.
 * @example useQuery(sessionQuery(client, sessionId), queryClient)
 */
export function sessionQuery(client: CheckoutSessionClient, id: string, seed?: QuerySeed<Session>) {
  return queryOptions({
    queryKey: checkoutKeys.session(client.baseUrl, id),
    queryFn: ({ signal }) => client.getSession(id, { signal }),
    staleTime: Infinity,
    ...seed,
  });
}
