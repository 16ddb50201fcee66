import * as z from 'zod/mini';
import { contractSchema } from './contract.js';
import { estimateSchema } from './estimate.js';

// One instance for every optional text field (a schema is immutable): fewer schemas built at
// load and fewer bytes in the widget's bundle.
const optionalString = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string());

export const sessionStatusSchema = /* @__PURE__ */ z.enum(['open', 'complete', 'expired']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const paymentStatusSchema = /* @__PURE__ */ z.enum([
  'not_started',
  'processing',
  'paid',
  'failed',
]);
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

export const addressSchema = /* @__PURE__ */ z.object({
  line1: /* @__PURE__ */ z.string(),
  line2: optionalString,
  city: /* @__PURE__ */ z.string(),
  postal_code: optionalString,
  state: optionalString,
  country: /* @__PURE__ */ z.string(),
});
export type Address = z.infer<typeof addressSchema>;

/** Customer details as stored; absent keys are unset. A guest needs `email` before confirm. */
export const customerSchema = /* @__PURE__ */ z.object({
  email: optionalString,
  name: optionalString,
  company: optionalString,
  phone: optionalString,
  address: /* @__PURE__ */ z.optional(addressSchema),
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

export const attributionSchema = /* @__PURE__ */ z.object({
  utm_source: optionalString,
  utm_medium: optionalString,
  utm_campaign: optionalString,
  utm_term: optionalString,
  utm_content: optionalString,
  referrer: optionalString,
  landing_page: optionalString,
});
export type Attribution = z.infer<typeof attributionSchema>;

/** Who wrote an update: the secret key, a client secret, or a support token. */
export const actorSchema = /* @__PURE__ */ z.enum(['merchant', 'client', 'support']);
export type Actor = z.infer<typeof actorSchema>;

export const updateReasonSchema = /* @__PURE__ */ z.enum([
  'plan_change',
  'quantity_change',
  'billing_date_change',
  'customer_correction',
  'configuration_update',
  'other',
]);
export type UpdateReason = z.infer<typeof updateReasonSchema>;

/**
 * A long string in an audit change, recorded shortened so the trail stays small: its first
 * characters, its length (UTF-16 code units, as every other limit of the API) and the hex
 * SHA-256 of its UTF-8 bytes, enough to tell whether two values were the same.
 */
export const truncatedAuditValueSchema = /* @__PURE__ */ z.object({
  truncated: /* @__PURE__ */ z.literal(true),
  prefix: /* @__PURE__ */ z.string(),
  length: /* @__PURE__ */ z.int(),
  sha256: /* @__PURE__ */ z.string(),
});
export type TruncatedAuditValue = z.infer<typeof truncatedAuditValueSchema>;

// A JSON value as it was written, or a long string shortened (see truncatedAuditValueSchema).
const auditValueSchema = /* @__PURE__ */ z.union([
  truncatedAuditValueSchema,
  /* @__PURE__ */ z.unknown(),
]);

export const auditChangeSchema = /* @__PURE__ */ z.object({
  field: /* @__PURE__ */ z.string(),
  from: auditValueSchema,
  to: auditValueSchema,
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

/** One entry of `custom_data.audit_trail`, appended by every update that changes something. */
export const auditEntrySchema = /* @__PURE__ */ z.object({
  at: /* @__PURE__ */ z.string(),
  version: /* @__PURE__ */ z.int(),
  actor: actorSchema,
  /** The support token's `actor` for `actor: "support"`, else null. */
  actor_name: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /** The `Request-Id` of the update that wrote the entry. */
  request_id: /* @__PURE__ */ z.string(),
  reason: /* @__PURE__ */ z.nullable(updateReasonSchema),
  note: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  changes: /* @__PURE__ */ z.array(auditChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const customDataValueSchema = /* @__PURE__ */ z.union([
  /* @__PURE__ */ z.string(),
  /* @__PURE__ */ z.number(),
  /* @__PURE__ */ z.boolean(),
  /* @__PURE__ */ z.null(),
]);
export type CustomDataValue = z.infer<typeof customDataValueSchema>;

/**
 * `custom_data` as stored: the caller's scalar keys plus the reserved `audit_trail`.
 * Typed loosely on purpose: `audit_trail` is the only non-scalar value. A custom check rather
 * than `z.record`, which rebuilds the object and drops an own `__proto__` key: here the parsed
 * object is the one JSON.parse made, every key kept (openApiDocument describes it as an object).
 */
export const customDataSchema = /* @__PURE__ */ z.custom<Record<string, unknown>>(
  (value) => value instanceof Object,
);
export type CustomData = z.infer<typeof customDataSchema>;

export const sessionSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  object: /* @__PURE__ */ z.literal('checkout_session'),
  status: sessionStatusSchema,
  payment_status: paymentStatusSchema,
  customer_id: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  customer: /* @__PURE__ */ z.nullable(customerSchema),
  contract: contractSchema,
  currency: /* @__PURE__ */ z.string(),
  estimates: estimateSchema,
  expires_at: /* @__PURE__ */ z.string(),
  success_url: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  cancel_url: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  pending_url: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  attribution: /* @__PURE__ */ z.nullable(attributionSchema),
  custom_data: customDataSchema,
  created_at: /* @__PURE__ */ z.string(),
  updated_at: /* @__PURE__ */ z.string(),
  last_activity_at: /* @__PURE__ */ z.string(),
  version: /* @__PURE__ */ z.int(),
});
export type Session = z.infer<typeof sessionSchema>;

/** The response of `POST /checkout_session`: the only one that carries the client secret. */
export const createdSessionSchema = /* @__PURE__ */ z.extend(sessionSchema, {
  client_secret: /* @__PURE__ */ z.string(),
});
export type CreatedSession = z.infer<typeof createdSessionSchema>;
