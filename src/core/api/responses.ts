import type { Failure } from '../errors.js';
import { errorBody } from '../errors.js';
import type { Session } from '../session.js';
import type { ApiResponse } from './apiRequest.js';

/** `ETag: "<version>"`, the tag that `If-Match` compares against. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** A JSON response with no extra headers. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return { status, headers, body } satisfies ApiResponse;
}

/** A response carrying a session (or a session plus its client secret) and its ETag. */
export function sessionResponse(status: number, session: Session & { client_secret?: string }) {
  return jsonResponse(status, session, { etag: etagOf(session.version) });
}

/** The error response for a failure, through the one `errorBody` helper. */
export function failureResponse(failure: Failure): ApiResponse {
  return jsonResponse(failure.httpStatus, errorBody(failure));
}

/** A 401 `unauthorized`, with the Bearer challenge HTTP expects on a 401. */
export function unauthorized(message: string): ApiResponse {
  const response = failureResponse({ httpStatus: 401, code: 'unauthorized', message });
  response.headers['www-authenticate'] = 'Bearer';
  return response;
}

/** 404 `session_not_found`: the same for an unknown id and for another session's id. */
export function sessionNotFound(id: string): ApiResponse {
  return failureResponse({
    httpStatus: 404,
    code: 'session_not_found',
    message: `No checkout session ${id} exists for this credential.`,
  });
}

/**
 * The response as sent: a `Request-Id` header, and on an error body `error.request_id` with the
 * same value. Builds a new response: the one given may be shared (a remembered summary).
 */
export function withRequestId(response: ApiResponse, requestId: string): ApiResponse {
  const headers = { ...response.headers, 'request-id': requestId };
  const error = (response.body as { error?: unknown } | null)?.error;
  if (response.status < 400 || typeof error !== 'object' || error === null) {
    return { ...response, headers };
  }
  return { status: response.status, headers, body: { error: { ...error, request_id: requestId } } };
}

/** 403 `forbidden`: the credential is valid for the session but may not do this. */
export function forbidden(message: string): Failure {
  return { httpStatus: 403, code: 'forbidden', message };
}

/** How long a client should wait before retrying after a 503 (seconds). */
export const storageRetryAfterSeconds = 2;

/** 503 `storage_unavailable`: the database cannot be reached right now; nothing was written. */
export function storageUnavailable(): ApiResponse {
  const response = failureResponse({
    httpStatus: 503,
    code: 'storage_unavailable',
    message: 'Storage is unavailable right now; nothing was changed. Retry after a moment.',
  });
  response.headers['retry-after'] = String(storageRetryAfterSeconds);
  return response;
}

/** 400 `invalid_session_id`: the path's id is not a UUID. */
export function invalidSessionId(): ApiResponse {
  return failureResponse({
    httpStatus: 400,
    code: 'invalid_session_id',
    message: 'A checkout session id is a UUID.',
  });
}
