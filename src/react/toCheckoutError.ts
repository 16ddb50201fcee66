import { type CheckoutError, CheckoutNetworkError, checkoutError } from '../client/index.js';

/**
 * Any thrown value as a client error; something unexpected (a bug, a broken fetch polyfill) is
 * treated like a network failure, which the shopper can at least retry.
 * @example const error = toCheckoutError(query.error);
 */
export function toCheckoutError(value: unknown): CheckoutError {
  return (
    checkoutError(value) ??
    new CheckoutNetworkError(value instanceof Error ? value.message : 'Unexpected failure.', {
      cause: value,
    })
  );
}
