import { QueryClient } from '@tanstack/react-query';
import { checkoutError } from '../client/index.js';

/**
 * The widget's private query cache. Only network failures are retried: an API error would
 * just come back the same; saves are not retried at all (the shopper's Retry resends one). Sessions are not refetched behind the shopper's back, because the
 * form's `If-Match` must stay the version their edits started from.
 * @example const queryClient = createCheckoutQueryClient();
 */
export function createCheckoutQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => checkoutError(error)?.kind === 'network' && failures < 2,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      // Mutations (saves) are never retried on their own: TanStack's default, 0 retries.
    },
  });
}
