import * as z from 'zod/mini';
import { contractInputSchema } from './contract.js';
import { customDataValueSchema, updateReasonSchema } from './session.js';

const nullableString = z.nullable(z.string());

export const addressInputSchema = z.strictObject({
  line1: z.optional(nullableString),
  line2: z.optional(nullableString),
  city: z.optional(nullableString),
  postal_code: z.optional(nullableString),
  state: z.optional(nullableString),
  country: z.optional(nullableString),
});

/** Customer details in a request: partial; `null` clears an optional field. */
export const customerInputSchema = z.strictObject({
  customer_id: z.optional(nullableString),
  email: z.optional(nullableString),
  name: z.optional(nullableString),
  company: z.optional(nullableString),
  phone: z.optional(nullableString),
  address: z.optional(z.nullable(addressInputSchema)),
});
export type CustomerInput = z.infer<typeof customerInputSchema>;

export const attributionInputSchema = z.strictObject({
  utm_source: z.optional(z.string()),
  utm_medium: z.optional(z.string()),
  utm_campaign: z.optional(z.string()),
  utm_term: z.optional(z.string()),
  utm_content: z.optional(z.string()),
  referrer: z.optional(z.string()),
  landing_page: z.optional(z.string()),
});
export type AttributionInput = z.infer<typeof attributionInputSchema>;

export const customDataInputSchema = z.record(z.string(), customDataValueSchema);
export type CustomDataInput = z.infer<typeof customDataInputSchema>;

/** Body of `PATCH /checkout_session/{id}`. */
export const updateRequestSchema = z.strictObject({
  contract: z.optional(contractInputSchema),
  customer: z.optional(customerInputSchema),
  expires_at: z.optional(z.string()),
  currency: z.optional(z.string()),
  success_url: z.optional(nullableString),
  cancel_url: z.optional(nullableString),
  pending_url: z.optional(nullableString),
  attribution: z.optional(z.nullable(attributionInputSchema)),
  custom_data: z.optional(customDataInputSchema),
  update_reason: z.optional(updateReasonSchema),
  update_note: z.optional(z.string()),
});
export type UpdateRequest = z.infer<typeof updateRequestSchema>;

/** Body of `POST /checkout_session`. */
export const createRequestSchema = z.strictObject({
  contract: contractInputSchema,
  customer_id: z.optional(nullableString),
  customer: z.optional(customerInputSchema),
  expires_at: z.optional(z.string()),
  success_url: z.optional(nullableString),
  cancel_url: z.optional(nullableString),
  pending_url: z.optional(nullableString),
  attribution: z.optional(z.nullable(attributionInputSchema)),
  custom_data: z.optional(customDataInputSchema),
});
export type CreateRequest = z.infer<typeof createRequestSchema>;

export const paymentMethodSchema = z.enum(['pm_card_ok', 'pm_card_pending', 'pm_card_declined']);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

/** Body of `POST /checkout_session/{id}/confirm`. */
export const confirmRequestSchema = z.strictObject({ payment_method: paymentMethodSchema });
export type ConfirmRequest = z.infer<typeof confirmRequestSchema>;

/** Body of `POST /checkout_session/summary`. */
export const summaryRequestSchema = z.strictObject({ contract: contractInputSchema });
export type SummaryRequest = z.infer<typeof summaryRequestSchema>;
