import type { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { CheckoutSessionClient } from '../client/index.js';
import { createCheckoutQueryClient } from './createCheckoutQueryClient.js';
import { CheckoutContext } from './useCheckoutContext.js';

/** Props of {@link CheckoutProvider}. */
export interface CheckoutProviderProps {
  /** The API client, e.g. `createCheckoutClient({ baseUrl: '/api', clientSecret })`. */
  client: CheckoutSessionClient;
  /**
   * A query cache to share with the host. Default: a private one, so the widget never reads or
   * writes the host's cache, with or without a host `QueryClientProvider`.
   */
  queryClient?: QueryClient | undefined;
  children?: ReactNode;
}

/**
 * Gives the checkout hooks their client and cache. It does not render a `QueryClientProvider`,
 * so the host's own components inside it keep seeing the host's cache.
 * @example
 * <CheckoutProvider client={client}><MyCheckout /></CheckoutProvider>
 */
export function CheckoutProvider({ client, queryClient, children }: CheckoutProviderProps) {
  const [ownClient] = useState(createCheckoutQueryClient);
  const cache = queryClient ?? ownClient;
  useEffect(() => {
    // What QueryClientProvider would do: hook the cache up to focus and online events.
    cache.mount();
    return () => cache.unmount();
  }, [cache]);
  const value = useMemo(() => ({ client, queryClient: cache }), [client, cache]);
  return <CheckoutContext.Provider value={value}>{children}</CheckoutContext.Provider>;
}
