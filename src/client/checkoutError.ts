import type { CheckoutApiError } from './CheckoutApiError.js';
import type { CheckoutNetworkError } from './CheckoutNetworkError.js';

/** Every error a client call rejects with, except an `AbortError` when its signal aborts. */
export type CheckoutError = CheckoutApiError | CheckoutNetworkError;

/**
 * Narrows an unknown thrown value to a client error, across bundle copies too.
 *
 * @example
 * if (checkoutError(e)?.kind === 'network') retry();
 */
export function checkoutError(value: unknown): CheckoutError | undefined {
  if (value instanceof Error && 'kind' in value) {
    const kind = (value as { kind: unknown }).kind;
    if (kind === 'api' || kind === 'network') return value as CheckoutError;
  }
  return undefined;
}
