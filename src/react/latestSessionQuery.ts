import { queryOptions } from '@tanstack/react-query';
import type { CheckoutSessionClient } from '../client/index.js';
import { checkoutKeys } from './checkoutKeys.js';

/**
 * Query options for a session as it is now on the server, read beside the editor's copy after a
 * `version_conflict` (keyed by the version the edits are based on): the form keeps the shopper's
 * edits and says what changed until they choose to reload. One attempt, as the alert explains
 * the conflict without it too.
 * @example useQuery({ ...latestSessionQuery(client, id, session.version), enabled: conflict })
 */
export function latestSessionQuery(client: CheckoutSessionClient, id: string, version: number) {
  return queryOptions({
    queryKey: [...checkoutKeys.session(client.baseUrl, id), 'after', version] as const,
    queryFn: ({ signal }) => client.getSession(id, { signal }),
    retry: false,
  });
}
