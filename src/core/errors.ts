import * as z from 'zod/mini';

/** Top-level error codes of the API (`error.code`). */
export const errorCodes = [
  'invalid_request',
  'invalid_session_id',
  'empty_update',
  'unauthorized',
  'forbidden_field',
  'forbidden',
  'session_not_found',
  'session_not_open',
  'payment_already_started',
  'update_limit_reached',
  'version_conflict',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
  'idempotency_key_reused',
  'not_found',
  'method_not_allowed',
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Codes of `error.details[].code`. */
export const detailCodes = [
  'invalid_request',
  'currency_mismatch',
  'invalid_url',
  'url_not_https',
  'url_too_long',
  'customer_not_guest',
  'customer_id_immutable',
  'unknown_plan',
  'unknown_product',
  'currency_not_supported',
  'quantity_out_of_range',
  'interval_mismatch',
  'start_date_out_of_range',
  'expires_at_out_of_range',
  'invalid_currency',
  'invalid_email',
  'invalid_country',
  'reserved_custom_data_key',
  'custom_data_limit',
  'too_long',
  'required',
  'invalid_date',
  'invalid_datetime',
  'duplicate_product',
  'items_out_of_range',
  'invalid_characters',
  'forbidden_field',
  'ttl_out_of_range',
] as const;
export type DetailCode = (typeof detailCodes)[number];

export const errorDetailSchema = /* @__PURE__ */ z.object({
  path: /* @__PURE__ */ z.string(),
  code: /* @__PURE__ */ z.string(),
  message: /* @__PURE__ */ z.string(),
});
/** One problem, at a dotted path (`contract.items.0.product_id`). */
export interface ErrorDetail {
  path: string;
  code: DetailCode;
  message: string;
}

export const errorBodySchema = /* @__PURE__ */ z.object({
  error: /* @__PURE__ */ z.object({
    code: /* @__PURE__ */ z.string(),
    message: /* @__PURE__ */ z.string(),
    details: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(errorDetailSchema)),
    status: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    /** The `Request-Id` of the response: quote it when asking the merchant about a failure. */
    request_id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  }),
});

/** A rejected request, transport-free: the server and the mock turn it into an HTTP response. */
export interface Failure {
  httpStatus: 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 422 | 500;
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  /** The session status, on `session_not_open`. */
  status?: string;
}

/** The JSON body of an error response. */
export function errorBody(failure: Failure): z.infer<typeof errorBodySchema> {
  const error: z.infer<typeof errorBodySchema>['error'] = {
    code: failure.code,
    message: failure.message,
  };
  if (failure.details) error.details = failure.details;
  if (failure.status) error.status = failure.status;
  return { error };
}
