import * as z from 'zod/mini';

/** Billing interval of a plan or product. */
export const intervalSchema = /* @__PURE__ */ z.enum(['day', 'week', 'month', 'year']);
export type Interval = z.infer<typeof intervalSchema>;

export const tierSchema = /* @__PURE__ */ z.object({
  up_to: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int()),
  unit_amount: /* @__PURE__ */ z.int(),
  flat_amount: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
});
export type Tier = z.infer<typeof tierSchema>;

/** How one offer is priced in one currency. Amounts are integer minor units. */
export const pricingSchema = /* @__PURE__ */ z.discriminatedUnion('scheme', [
  /* @__PURE__ */ z.object({
    scheme: /* @__PURE__ */ z.literal('flat'),
    amount: /* @__PURE__ */ z.int(),
  }),
  /* @__PURE__ */ z.object({
    scheme: /* @__PURE__ */ z.literal('per_unit'),
    unit_amount: /* @__PURE__ */ z.int(),
  }),
  /* @__PURE__ */ z.object({
    scheme: /* @__PURE__ */ z.literal('tiered'),
    mode: /* @__PURE__ */ z.enum(['graduated', 'volume']),
    tiers: /* @__PURE__ */ z.array(tierSchema),
  }),
]);
export type Pricing = z.infer<typeof pricingSchema>;

export const quantityRangeSchema = /* @__PURE__ */ z.object({
  min: /* @__PURE__ */ z.int(),
  max: /* @__PURE__ */ z.int(),
  unit_label: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type QuantityRange = z.infer<typeof quantityRangeSchema>;

/** A plan or a product of the catalog. */
export const offerSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  description: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  interval: intervalSchema,
  interval_count: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
  quantity: /* @__PURE__ */ z.optional(quantityRangeSchema),
  prices: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), pricingSchema),
});
export type Offer = z.infer<typeof offerSchema>;

/** `GET /catalog`: the plans and products that contracts may name. */
export const catalogSchema = /* @__PURE__ */ z.object({
  plans: /* @__PURE__ */ z.array(offerSchema),
  products: /* @__PURE__ */ z.array(offerSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;
