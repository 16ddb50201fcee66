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
