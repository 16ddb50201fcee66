export { type ReadOnlyReason, readOnlyReason } from '../core/rules/readOnlyReason.js';
export { buildMerchantBody } from './buildMerchantBody.js';
export { buildSubmission, type Submission } from './buildSubmission.js';
export { buildUpdateBody } from './buildUpdateBody.js';
export { CheckoutProvider, type CheckoutProviderProps } from './CheckoutProvider.js';
export { catalogQuery } from './catalogQuery.js';
export { checkoutKeys } from './checkoutKeys.js';
export { createCheckoutQueryClient } from './createCheckoutQueryClient.js';
export {
  type AreaPick,
  describeSessionChanges,
  type SessionArea,
  shopperAreas,
} from './describeSessionChanges.js';
export {
  type CustomDataRow,
  type EditorField,
  type EditorValues,
  editorValues,
  guestFields,
  type ShopperValues,
  type UtmKey,
} from './editorValues.js';
export { fieldForPath, merchantFieldForPath } from './fieldForPath.js';
export { inferUpdateReason } from './inferUpdateReason.js';
export { merchantAreas } from './merchantAreas.js';
export { merchantValues, utmKeys } from './merchantValues.js';
export type { QuerySeed } from './querySeed.js';
export { allSections, defaultSections, merchantSections, type Section } from './sections.js';
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
export { type FieldProblem, validateEditorValues } from './validateEditorValues.js';
export { validateMerchantValues } from './validateMerchantValues.js';
