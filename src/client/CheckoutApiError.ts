import {
  type DetailCode,
  detailCodes,
  type ErrorCode,
  type ErrorDetail,
  errorCodes,
} from '../core/index.js';

const knownCodes: ReadonlySet<string> = new Set(errorCodes);
const knownDetailCodes: ReadonlySet<string> = new Set(detailCodes);

/**
 * The API answered with an error (`{ error: { code, message, details?, status? } }`).
 * Retrying the same request will get the same answer; compare with {@link CheckoutNetworkError}.
 *
 * @example
 * try { await client.updateSession(id, body, { ifMatch: 3 }); }
 * catch (e) { if (e instanceof CheckoutApiError && e.code === 'version_conflict') reload(); }
 */
export class CheckoutApiError extends Error {
  /** Tells the two error kinds apart without `instanceof` (which fails across bundles). */
  readonly kind = 'api' as const;
  /** HTTP status of the response. */
  readonly status: number;
  /** `error.code`; a code this client does not know becomes `internal_error`. */
  readonly code: ErrorCode;
  /** One entry per problem, with a dotted `path` (422 `validation_failed`, 400 `invalid_request`). */
  readonly details: ErrorDetail[];
  /** The session status carried by `session_not_open` (`complete`, `expired`). */
  readonly sessionStatus: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    details?: { path: string; code: string; message: string }[] | undefined;
    sessionStatus?: string | undefined;
  }) {
    super(init.message);
    this.name = 'CheckoutApiError';
    this.status = init.status;
    this.code = knownCodes.has(init.code) ? (init.code as ErrorCode) : 'internal_error';
    this.details = (init.details ?? []).map((d) => ({
      path: d.path,
      // Unknown detail codes keep their path and message; `invalid_request` is the neutral bucket.
      code: knownDetailCodes.has(d.code) ? (d.code as DetailCode) : 'invalid_request',
      message: d.message,
    }));
    this.sessionStatus = init.sessionStatus;
  }
}
