import * as z from 'zod/mini';
import { contractInputSchema } from './contract.js';
import { attributionSchema, customDataValueSchema, updateReasonSchema } from './session.js';

const nullableString = /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string());

export const addressInputSchema = /* @__PURE__ */ z.strictObject({
  line1: /* @__PURE__ */ z.optional(nullableString),
  line2: /* @__PURE__ */ z.optional(nullableString),
  city: /* @__PURE__ */ z.optional(nullableString),
  postal_code: /* @__PURE__ */ z.optional(nullableString),
  state: /* @__PURE__ */ z.optional(nullableString),
  country: /* @__PURE__ */ z.optional(nullableString),
});

/** Customer details in a request: partial; `null` clears an optional field. */
export const customerInputSchema = /* @__PURE__ */ z.strictObject({
  customer_id: /* @__PURE__ */ z.optional(nullableString),
  email: /* @__PURE__ */ z.optional(nullableString),
  name: /* @__PURE__ */ z.optional(nullableString),
  company: /* @__PURE__ */ z.optional(nullableString),
  phone: /* @__PURE__ */ z.optional(nullableString),
  address: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(addressInputSchema)),
});
export type CustomerInput = z.infer<typeof customerInputSchema>;

// The stored shape, but strict: an unknown attribution key is 400, as api.md says ("no other keys").
export const attributionInputSchema = /* @__PURE__ */ z.strictObject(attributionSchema.shape);
export type AttributionInput = z.infer<typeof attributionInputSchema>;

/**
 * Custom data in a request: scalar values, `null` deleting a key. `audit_trail` takes any JSON
 * value here, so that writing it is the rules' 422 `reserved_custom_data_key` whatever the value
 * (an array included), not a 400. parseRequest keeps every key, `__proto__` included.
 */
export const customDataInputSchema = /* @__PURE__ */ z.catchall(
  /* @__PURE__ */ z.object({
    audit_trail: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  }),
  customDataValueSchema,
);
export type CustomDataInput = z.infer<typeof customDataInputSchema>;

/** Body of `PATCH /checkout_session/{id}`. */
export const updateRequestSchema = /* @__PURE__ */ z.strictObject({
  contract: /* @__PURE__ */ z.optional(contractInputSchema),
  customer: /* @__PURE__ */ z.optional(customerInputSchema),
  expires_at: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  currency: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  success_url: /* @__PURE__ */ z.optional(nullableString),
  cancel_url: /* @__PURE__ */ z.optional(nullableString),
  pending_url: /* @__PURE__ */ z.optional(nullableString),
  attribution: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(attributionInputSchema)),
  custom_data: /* @__PURE__ */ z.optional(customDataInputSchema),
  update_reason: /* @__PURE__ */ z.optional(updateReasonSchema),
  update_note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type UpdateRequest = z.infer<typeof updateRequestSchema>;

/** Body of `POST /checkout_session`. */
export const createRequestSchema = /* @__PURE__ */ z.strictObject({
  contract: contractInputSchema,
  customer_id: /* @__PURE__ */ z.optional(nullableString),
  customer: /* @__PURE__ */ z.optional(customerInputSchema),
  expires_at: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  success_url: /* @__PURE__ */ z.optional(nullableString),
  cancel_url: /* @__PURE__ */ z.optional(nullableString),
  pending_url: /* @__PURE__ */ z.optional(nullableString),
  attribution: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(attributionInputSchema)),
  custom_data: /* @__PURE__ */ z.optional(customDataInputSchema),
});
export type CreateRequest = z.infer<typeof createRequestSchema>;

export const paymentMethodSchema = /* @__PURE__ */ z.enum([
  'pm_card_ok',
  'pm_card_pending',
  'pm_card_declined',
]);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** Body of `POST /checkout_session/{id}/confirm`. */
export const confirmRequestSchema = /* @__PURE__ */ z.strictObject({
  payment_method: paymentMethodSchema,
});
export type ConfirmRequest = z.infer<typeof confirmRequestSchema>;

/** Body of `POST /checkout_session/summary`. */
export const summaryRequestSchema = /* @__PURE__ */ z.strictObject({
  contract: contractInputSchema,
});
export type SummaryRequest = z.infer<typeof summaryRequestSchema>;

/** Body of `POST /checkout_session/{id}/support_tokens` (ranges are checked by the rules: 422). */
export const supportTokenRequestSchema = /* @__PURE__ */ z.strictObject({
  /** Who the token is for, as the audit trail will name them: 1..100 characters. */
  actor: /* @__PURE__ */ z.string(),
  /** Lifetime in seconds, 60..3600; default 900. */
  ttl_seconds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
});
export type SupportTokenRequest = z.infer<typeof supportTokenRequestSchema>;
