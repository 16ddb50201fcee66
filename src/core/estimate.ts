import * as z from 'zod/mini';
import { intervalSchema } from './catalog.js';

export const estimateTierSchema = z.object({
  up_to: z.nullable(z.int()),
  quantity: z.int(),
  unit_amount: z.int(),
  flat_amount: z.int(),
  amount: z.int(),
});
export type EstimateTier = z.infer<typeof estimateTierSchema>;

export const estimateLineSchema = z.object({
  kind: z.enum(['plan', 'product']),
  id: z.string(),
  name: z.string(),
  quantity: z.int(),
  amount: z.int(),
  tiers: z.optional(z.array(estimateTierSchema)),
});
export type EstimateLine = z.infer<typeof estimateLineSchema>;

/** The pricing of one contract; amounts are integer minor units per billing interval. */
export const estimateSchema = z.object({
  currency: z.string(),
  interval: intervalSchema,
  interval_count: z.int(),
  lines: z.array(estimateLineSchema),
  subtotal: z.int(),
  total: z.int(),
  due_today: z.int(),
  first_billing_date: z.string(),
  next_billing_date: z.string(),
  computed_at: z.string(),
});
export type Estimate = z.infer<typeof estimateSchema>;
