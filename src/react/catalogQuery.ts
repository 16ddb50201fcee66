import { queryOptions } from '@tanstack/react-query';
import type { CheckoutSessionClient } from '../client/index.js';
import type { Catalog } from '../core/index.js';
import { checkoutKeys } from './checkoutKeys.js';
import type { QuerySeed } from './querySeed.js';

/**
 * Query options for `GET /catalog`; the catalog changes with deployments, not by the minute. A
 * `seed` (the host's copy, `initialCatalog`) is the first data instead of a request.
 * @example useQuery(catalogQuery(client), queryClient)
 */
export function catalogQuery(client: CheckoutSessionClient, seed?: QuerySeed<Catalog>) {
  return queryOptions({
    queryKey: checkoutKeys.catalog(client.baseUrl),
    queryFn: ({ signal }) => client.getCatalog({ signal }),
    staleTime: 10 * 60_000,
    ...seed,
  });
}
