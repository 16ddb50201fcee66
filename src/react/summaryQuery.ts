import { queryOptions } from '@tanstack/react-query';
import type { CheckoutSessionClient } from '../client/index.js';
import type { ContractInput } from '../core/index.js';
import { checkoutKeys } from './checkoutKeys.js';

/**
 * Query options pricing one contract. The fetch gets the query's signal, so TanStack Query
 * aborts it as soon as nobody waits for this contract's price any more.
 * @example useQuery(summaryQuery(client, { plan_id: 'team', quantity: 5, currency: 'USD' }))
 */
export function summaryQuery(client: CheckoutSessionClient, contract: ContractInput) {
  return queryOptions({
    queryKey: checkoutKeys.summary(client.baseUrl, contract),
    queryFn: ({ signal }) => client.summary({ contract }, { signal }),
    // A price depends on "today" (due_today): reuse it for a minute, not forever.
    staleTime: 60_000,
  });
}
