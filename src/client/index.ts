export { CheckoutApiError } from './CheckoutApiError.js';
export { CheckoutNetworkError } from './CheckoutNetworkError.js';
export { type CheckoutError, checkoutError } from './checkoutError.js';
export {
  type CallOptions,
  type CheckoutAuth,
  type CheckoutClient,
  type CheckoutClientOptions,
  type CheckoutSessionClient,
  createCheckoutClient,
  createCheckoutSessionClient,
  type WriteOptions,
} from './createCheckoutClient.js';
