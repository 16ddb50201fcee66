/** Every editor section `CheckoutEditor` knows, in display order. */
export const allSections = [
  'plan',
  'quantity',
  'start_date',
  'customer',
  'expires_at',
  'currency',
  'redirect_urls',
  'attribution',
  'custom_data',
  'update_reason',
  'audit_trail',
] as const;

/** One editor section: shopper sections first, then the ones meant for support staff. */
export type Section = (typeof allSections)[number];

/** What a shopper sees by default. */
export const defaultSections: readonly Section[] = ['plan', 'quantity', 'start_date', 'customer'];

/** Sections meant for support staff (loaded on demand, so storefronts do not pay for them). */
export const merchantSections: readonly Section[] = /* @__PURE__ */ allSections.filter(
  (section) => !defaultSections.includes(section),
);
