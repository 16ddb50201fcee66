import * as z from 'zod/mini';

/*
 * Request shapes are strict (unknown keys are 400 invalid_request) and check JSON types only.
 * Formats, lengths, ranges, the catalog and the clock are checked by the rules (422).
 */

export const planContractInputSchema = z.strictObject({
  plan_id: z.string(),
  quantity: z.optional(z.int()),
  currency: z.string(),
  start_date: z.optional(z.string()),
});

export const contractItemInputSchema = z.strictObject({
  product_id: z.string(),
  quantity: z.optional(z.int()),
});

export const itemsContractInputSchema = z.strictObject({
  items: z.array(contractItemInputSchema),
  currency: z.string(),
  start_date: z.optional(z.string()),
});

/** A contract as a caller writes it: exactly one of `plan_id` / `items`. */
export const contractInputSchema = z.union([planContractInputSchema, itemsContractInputSchema]);
export type ContractInput = z.infer<typeof contractInputSchema>;
export type PlanContractInput = z.infer<typeof planContractInputSchema>;
export type ItemsContractInput = z.infer<typeof itemsContractInputSchema>;

/** A contract as stored on a session: defaults filled in (quantity 1, start_date today). */
export const contractSchema = z.union([
  z.object({
    plan_id: z.string(),
    quantity: z.int(),
    currency: z.string(),
    start_date: z.string(),
  }),
  z.object({
    items: z.array(z.object({ product_id: z.string(), quantity: z.int() })),
    currency: z.string(),
    start_date: z.string(),
  }),
]);
export type Contract = z.infer<typeof contractSchema>;
