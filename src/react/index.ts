// The React bindings: the provider, query-option factories and hooks. The form model they work
// with is in ../form; the rules in ../core.
export { type ReadOnlyReason, readOnlyReason } from '../core/rules/readOnlyReason.js';
export { CheckoutProvider, type CheckoutProviderProps } from './CheckoutProvider.js';
export { catalogQuery } from './catalogQuery.js';
export { checkoutKeys } from './checkoutKeys.js';
export { createCheckoutQueryClient } from './createCheckoutQueryClient.js';
export { latestSessionQuery } from './latestSessionQuery.js';
export type { QuerySeed } from './querySeed.js';
export { sessionQuery } from './sessionQuery.js';
export { summaryQuery } from './summaryQuery.js';
export { type CatalogState, useCatalog } from './useCatalog.js';
export { useCheckoutContext } from './useCheckoutContext.js';
export { type CheckoutSessionState, useCheckoutSession } from './useCheckoutSession.js';
export { useDebouncedValue } from './useDebouncedValue.js';
export {
  type SummaryPreview,
  type SummaryPreviewOptions,
  useSummaryPreview,
} from './useSummaryPreview.js';
export {
  type UpdateCheckoutSession,
  type UpdateState,
  useUpdateCheckoutSession,
} from './useUpdateCheckoutSession.js';
