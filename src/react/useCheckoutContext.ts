import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { CheckoutSessionClient } from '../client/index.js';

/** What the hooks need: the API client and the query cache they keep their state in. */
export interface CheckoutContextValue {
  client: CheckoutSessionClient;
  queryClient: QueryClient;
}

export const CheckoutContext = createContext<CheckoutContextValue | null>(null);

/**
 * The client and query cache of the nearest `CheckoutProvider`.
 * @example const { client } = useCheckoutContext();
 */
export function useCheckoutContext(): CheckoutContextValue {
  const value = useContext(CheckoutContext);
  if (!value) throw new Error('checkout-editor: use inside <CheckoutProvider>.');
  return value;
}
