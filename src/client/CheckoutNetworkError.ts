/**
 * The request may not have reached the server, or its answer never came back intact (offline,
 * DNS, CORS, a proxy's 502/503/504 page). Safe to retry with the same `Idempotency-Key`.
 *
 * @example
 * if (error instanceof CheckoutNetworkError) showRetryButton();
 */
export class CheckoutNetworkError extends Error {
  /** Tells the two error kinds apart without `instanceof` (which fails across bundles). */
  readonly kind = 'network' as const;
  /** HTTP status when a gateway answered instead of the API, else undefined. */
  declare readonly status: number | undefined;

  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CheckoutNetworkError';
    this.status = options?.status;
  }
}
