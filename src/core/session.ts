import * as z from 'zod/mini';
import { contractSchema } from './contract.js';
import { estimateSchema } from './estimate.js';

export const sessionStatusSchema = z.enum(['open', 'complete', 'expired']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const paymentStatusSchema = z.enum(['not_started', 'processing', 'paid', 'failed']);
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

export const addressSchema = z.object({
  line1: z.string(),
  line2: z.optional(z.string()),
  city: z.string(),
  postal_code: z.optional(z.string()),
  state: z.optional(z.string()),
  country: z.string(),
});
export type Address = z.infer<typeof addressSchema>;

/** Customer details as stored; absent keys are unset. A guest needs `email` before confirm. */
export const customerSchema = z.object({
  email: z.optional(z.string()),
  name: z.optional(z.string()),
  company: z.optional(z.string()),
  phone: z.optional(z.string()),
  address: z.optional(addressSchema),
});
export type Customer = z.infer<typeof customerSchema>;

export const attributionKeys = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'referrer',
  'landing_page',
] as const;

export const attributionSchema = z.object({
  utm_source: z.optional(z.string()),
  utm_medium: z.optional(z.string()),
  utm_campaign: z.optional(z.string()),
  utm_term: z.optional(z.string()),
  utm_content: z.optional(z.string()),
  referrer: z.optional(z.string()),
  landing_page: z.optional(z.string()),
});
export type Attribution = z.infer<typeof attributionSchema>;

export const actorSchema = z.enum(['merchant', 'client']);
export type Actor = z.infer<typeof actorSchema>;

export const updateReasonSchema = z.enum([
  'plan_change',
  'quantity_change',
  'billing_date_change',
  'customer_correction',
  'configuration_update',
  'other',
]);
export type UpdateReason = z.infer<typeof updateReasonSchema>;

export const auditChangeSchema = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

/** One entry of `custom_data.audit_trail`, appended by every update that changes something. */
export const auditEntrySchema = z.object({
  at: z.string(),
  version: z.int(),
  actor: actorSchema,
  reason: z.nullable(updateReasonSchema),
  note: z.nullable(z.string()),
  changes: z.array(auditChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const customDataValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CustomDataValue = z.infer<typeof customDataValueSchema>;

/**
 * `custom_data` as stored: the caller's scalar keys plus the reserved `audit_trail`.
 * Typed loosely on purpose: `audit_trail` is the only non-scalar value.
 */
export const customDataSchema = z.record(z.string(), z.unknown());
export type CustomData = z.infer<typeof customDataSchema>;

export const sessionSchema = z.object({
  id: z.string(),
  object: z.literal('checkout_session'),
  status: sessionStatusSchema,
  payment_status: paymentStatusSchema,
  customer_id: z.nullable(z.string()),
  customer: z.nullable(customerSchema),
  contract: contractSchema,
  currency: z.string(),
  estimates: estimateSchema,
  expires_at: z.string(),
  success_url: z.nullable(z.string()),
  cancel_url: z.nullable(z.string()),
  pending_url: z.nullable(z.string()),
  attribution: z.nullable(attributionSchema),
  custom_data: customDataSchema,
  created_at: z.string(),
  updated_at: z.string(),
  last_activity_at: z.string(),
  version: z.int(),
});
export type Session = z.infer<typeof sessionSchema>;

/** The response of `POST /checkout_session`: the only one that carries the client secret. */
export const createdSessionSchema = z.extend(sessionSchema, { client_secret: z.string() });
export type CreatedSession = z.infer<typeof createdSessionSchema>;
