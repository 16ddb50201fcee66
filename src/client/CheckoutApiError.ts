import type { ErrorCode, ErrorDetail } from '../core/index.js';

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
  declare readonly status: number;
  /**
   * `error.code`, as the API sent it (typed as the codes of this version; a newer server may
   * send one more, which the switches over it treat like their default case).
   */
  declare readonly code: ErrorCode;
  /** One entry per problem, with a dotted `path` (422 `validation_failed`, 400 `invalid_request`). */
  declare readonly details: ErrorDetail[];
  /** The session status carried by `session_not_open` (`complete`, `expired`). */
  declare readonly sessionStatus: string | undefined;

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
    this.code = init.code as ErrorCode;
    this.details = (init.details ?? []) as ErrorDetail[];
    this.sessionStatus = init.sessionStatus;
  }
}
