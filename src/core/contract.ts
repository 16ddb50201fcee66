import * as z from 'zod/mini';

/*
 * Request shapes are strict (unknown keys are 400 invalid_request) and check JSON types only.
 * Formats, lengths, ranges, the catalog and the clock are checked by the rules (422).
 */

export const planContractInputSchema = /* @__PURE__ */ z.strictObject({
  plan_id: /* @__PURE__ */ z.string(),
  quantity: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
  currency: /* @__PURE__ */ z.string(),
  start_date: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

export const contractItemInputSchema = /* @__PURE__ */ z.strictObject({
  product_id: /* @__PURE__ */ z.string(),
  quantity: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
});

export const itemsContractInputSchema = /* @__PURE__ */ z.strictObject({
  items: /* @__PURE__ */ z.array(contractItemInputSchema),
  currency: /* @__PURE__ */ z.string(),
  start_date: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

/** A contract as a caller writes it: exactly one of `plan_id` / `items`. */
export const contractInputSchema = /* @__PURE__ */ z.union([
  planContractInputSchema,
  itemsContractInputSchema,
]);
export type ContractInput = z.infer<typeof contractInputSchema>;
export type PlanContractInput = z.infer<typeof planContractInputSchema>;
export type ItemsContractInput = z.infer<typeof itemsContractInputSchema>;

/** A contract as stored on a session: defaults filled in (quantity 1, start_date today). */
export const contractSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.object({
    plan_id: /* @__PURE__ */ z.string(),
    quantity: /* @__PURE__ */ z.int(),
    currency: /* @__PURE__ */ z.string(),
    start_date: /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    items: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        product_id: /* @__PURE__ */ z.string(),
        quantity: /* @__PURE__ */ z.int(),
      }),
    ),
    currency: /* @__PURE__ */ z.string(),
    start_date: /* @__PURE__ */ z.string(),
  }),
]);
export type Contract = z.infer<typeof contractSchema>;
