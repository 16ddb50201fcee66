import { queryOptions } from '@tanstack/react-query';
import type { CheckoutSessionClient } from '../client/index.js';
import { checkoutKeys } from './checkoutKeys.js';

/**
 * Query options for `GET /catalog`; the catalog changes with deployments, not by the minute.
 * @example useQuery(catalogQuery(client), queryClient)
 */
export function catalogQuery(client: CheckoutSessionClient) {
  return queryOptions({
    queryKey: checkoutKeys.catalog(client.baseUrl),
    queryFn: ({ signal }) => client.getCatalog({ signal }),
    staleTime: 10 * 60_000,
  });
}
