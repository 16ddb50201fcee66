import * as z from 'zod/mini';
import { intervalSchema } from './catalog.js';

export const estimateTierSchema = /* @__PURE__ */ z.object({
  up_to: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int()),
  quantity: /* @__PURE__ */ z.int(),
  unit_amount: /* @__PURE__ */ z.int(),
  flat_amount: /* @__PURE__ */ z.int(),
  amount: /* @__PURE__ */ z.int(),
});
export type EstimateTier = z.infer<typeof estimateTierSchema>;

export const estimateLineSchema = /* @__PURE__ */ z.object({
  kind: /* @__PURE__ */ z.enum(['plan', 'product']),
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  quantity: /* @__PURE__ */ z.int(),
  amount: /* @__PURE__ */ z.int(),
  tiers: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(estimateTierSchema)),
});
export type EstimateLine = z.infer<typeof estimateLineSchema>;

/** The pricing of one contract; amounts are integer minor units per billing interval. */
export const estimateSchema = /* @__PURE__ */ z.object({
  currency: /* @__PURE__ */ z.string(),
  interval: intervalSchema,
  interval_count: /* @__PURE__ */ z.int(),
  lines: /* @__PURE__ */ z.array(estimateLineSchema),
  subtotal: /* @__PURE__ */ z.int(),
  total: /* @__PURE__ */ z.int(),
  due_today: /* @__PURE__ */ z.int(),
  first_billing_date: /* @__PURE__ */ z.string(),
  next_billing_date: /* @__PURE__ */ z.string(),
  computed_at: /* @__PURE__ */ z.string(),
});
export type Estimate = z.infer<typeof estimateSchema>;
