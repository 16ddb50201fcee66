import type { ContractInput } from '../core/index.js';

/**
 * Query keys of the widget, all under one root (`'checkout-editor'`) so a shared cache can tell
 * them apart. The base URL is part of each key: two backends never share entries.
 * @example queryClient.invalidateQueries({ queryKey: ['checkout-editor'] })
 */
export const checkoutKeys = {
  session: (baseUrl: string, id: string) => ['checkout-editor', baseUrl, 'session', id] as const,
  catalog: (baseUrl: string) => ['checkout-editor', baseUrl, 'catalog'] as const,
  summary: (baseUrl: string, contract: ContractInput) =>
    ['checkout-editor', baseUrl, 'summary', contract] as const,
};
