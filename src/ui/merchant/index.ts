// The `checkout-editor/merchant` entry: the editor with the support-staff sections. Storefronts
// import `checkout-editor` and never download this.
export { CheckoutEditor } from './MerchantCheckoutEditor.js';
export { MerchantSections } from './MerchantSections.js';
export { merchantEditors } from './merchantEditors.js';
export { merchantEn as merchantMessagesEn } from './messages.js';
