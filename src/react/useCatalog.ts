import { useQuery } from '@tanstack/react-query';
import type { CheckoutError } from '../client/index.js';
import type { Catalog } from '../core/index.js';
import { catalogQuery } from './catalogQuery.js';
import type { QuerySeed } from './querySeed.js';
import { toCheckoutError } from './toCheckoutError.js';
import { useCheckoutContext } from './useCheckoutContext.js';

/** The catalog as the editor sees it. */
export type CatalogState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: CheckoutError; reload: () => void }
  | { kind: 'ready'; catalog: Catalog };

/**
 * Loads the plans and products (`GET /catalog`).
 * @example const catalog = useCatalog({ enabled: state.kind === 'editable' });
 */
export function useCatalog(
  options: { enabled?: boolean; seed?: QuerySeed<Catalog> | undefined } = {},
): CatalogState {
  const { client, queryClient } = useCheckoutContext();
  const query = useQuery(
    { ...catalogQuery(client, options.seed), enabled: options.enabled ?? true },
    queryClient,
  );
  if (query.data) return { kind: 'ready', catalog: query.data };
  if (query.isError) {
    return {
      kind: 'failed',
      error: toCheckoutError(query.error),
      reload: () => void query.refetch(),
    };
  }
  return { kind: 'loading' };
}
