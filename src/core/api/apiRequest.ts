/** The body of a transport-free request, as the adapter read it. */
export type ApiRequestBody =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  /** The body exceeded the 64 KiB cap; the adapter stopped reading it. */
  | { kind: 'too_large' };

/** The headers the API service looks at; adapters pass them through unparsed. */
export interface ApiRequestHeaders {
  authorization?: string | undefined;
  contentType?: string | undefined;
  ifMatch?: string | undefined;
  idempotencyKey?: string | undefined;
}

/**
 * The headers the service reads, picked from HTTP headers by their lower-case names: the one
 * mapping every transport adapter (the server, the mock) uses.
 * @example apiRequestHeaders({ authorization: 'Bearer cs_…', 'content-type': 'application/json' })
 */
export function apiRequestHeaders(headers: {
  readonly authorization?: string | undefined;
  readonly 'content-type'?: string | undefined;
  readonly 'if-match'?: string | undefined;
  readonly 'idempotency-key'?: string | undefined;
}): ApiRequestHeaders {
  return {
    authorization: headers.authorization,
    contentType: headers['content-type'],
    ifMatch: headers['if-match'],
    idempotencyKey: headers['idempotency-key'],
  };
}

/**
 * One HTTP request without the HTTP: the server (Hono) and the mock (MSW) both build this and
 * hand it to `ApiService.handle`, so the API behaves identically behind either.
 */
export interface ApiRequest {
  method: string;
  /** The URL path without query string, e.g. `/checkout_session/…/confirm`. */
  path: string;
  headers: ApiRequestHeaders;
  body: ApiRequestBody;
  /**
   * The id this request is answered under (`Request-Id`), when the adapter made one already
   * (to log it): see newRequestId. Without it the service makes one.
   */
  requestId?: string | undefined;
}

/** What the adapter sends back: `body` is a JSON value, sent with `Content-Type: application/json`. */
export interface ApiResponse {
  status: number;
  /** Lower-case header names (`etag`, `allow`, `idempotent-replayed`, `request-id`). */
  headers: Record<string, string>;
  body: unknown;
}

/** The largest request body the API accepts (64 KiB); adapters cap their reads at this. */
export const maxBodyBytes = 64 * 1024;
