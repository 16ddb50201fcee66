// The main entry: what a storefront embeds. The support-staff sections (`checkout-editor/merchant`)
// and the German strings (`checkout-editor/locales/de`) have their own entries.
export {
  CheckoutApiError,
  type CheckoutClient,
  type CheckoutError,
  CheckoutNetworkError,
  type CheckoutSessionClient,
} from './client/index.js';
export type {
  Catalog,
  Contract,
  ContractInput,
  Customer,
  Estimate,
  Offer,
  Session,
  UpdateReason,
  UpdateRequest,
} from './core/index.js';
export type { EditorValues, Section, Submission } from './form/index.js';
export {
  type CatalogState,
  CheckoutProvider,
  type CheckoutProviderProps,
  type CheckoutSessionState,
  type ReadOnlyReason,
  type SummaryPreview,
  type UpdateCheckoutSession,
  type UpdateState,
  useCatalog,
  useCheckoutSession,
  useSummaryPreview,
  useUpdateCheckoutSession,
} from './react/index.js';
export {
  CheckoutEditor,
  type CheckoutEditorHandle,
  type CheckoutEditorProps,
  type EditorActivity,
  type EditorState,
  type Messages,
} from './ui/index.js';
