import * as z from 'zod/mini';

/** Billing interval of a plan or product. */
export const intervalSchema = z.enum(['day', 'week', 'month', 'year']);
export type Interval = z.infer<typeof intervalSchema>;

export const tierSchema = z.object({
  up_to: z.nullable(z.int()),
  unit_amount: z.int(),
  flat_amount: z.optional(z.int()),
});
export type Tier = z.infer<typeof tierSchema>;

/** How one offer is priced in one currency. Amounts are integer minor units. */
export const pricingSchema = z.discriminatedUnion('scheme', [
  z.object({ scheme: z.literal('flat'), amount: z.int() }),
  z.object({ scheme: z.literal('per_unit'), unit_amount: z.int() }),
  z.object({
    scheme: z.literal('tiered'),
    mode: z.enum(['graduated', 'volume']),
    tiers: z.array(tierSchema),
  }),
]);
export type Pricing = z.infer<typeof pricingSchema>;

export const quantityRangeSchema = z.object({
  min: z.int(),
  max: z.int(),
  unit_label: z.optional(z.string()),
});
export type QuantityRange = z.infer<typeof quantityRangeSchema>;

/** A plan or a product of the catalog. */
export const offerSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
  interval: intervalSchema,
  interval_count: z.optional(z.int()),
  quantity: z.optional(quantityRangeSchema),
  prices: z.record(z.string(), pricingSchema),
});
export type Offer = z.infer<typeof offerSchema>;

/** `GET /catalog`: the plans and products that contracts may name. */
export const catalogSchema = z.object({
  plans: z.array(offerSchema),
  products: z.array(offerSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;
