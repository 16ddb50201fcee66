// The `checkout-editor/testing` entry: for merchants' Playwright tests, in Node. It loads neither
// React nor msw, and only types of `@playwright/test` (an optional peer dependency).
export type { Catalog, Session } from '../core/index.js';
export type { MockSessionSeed, SeededSession } from '../mock/seedSessions.js';
export {
  type CheckoutEditorDriver,
  type CustomerDetails,
  checkoutEditor,
} from './checkoutEditor.js';
export {
  type CheckoutApiCall,
  type CheckoutEndpoint,
  type CheckoutFailureKind,
  type MockCheckoutApiOptions,
  type MockedCheckoutApi,
  mockCheckoutApi,
} from './mockCheckoutApi.js';
