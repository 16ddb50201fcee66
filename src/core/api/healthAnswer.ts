import { errorBody } from '../errors.js';
import type { ApiResponse } from './apiRequest.js';
import { storageRetryAfterSeconds } from './responses.js';

/**
 * `/health` for the server and the mock alike: GET and HEAD answer 200 `{ ok: true }` when
 * `probe` resolves and 503 `{ ok: false }` when storage cannot answer or write (HEAD: the same
 * status and headers; the adapter sends no body); any other method is 405 `method_not_allowed`
 * with `Allow: GET, HEAD`. Every answer carries `requestId` as `Request-Id` (and in the error body).
 * @example await healthAnswer('HEAD', () => store.get(probeId), newRequestId()) // { status: 200, … }
 */
export async function healthAnswer(
  method: string,
  probe: () => Promise<unknown>,
  requestId: string,
): Promise<ApiResponse> {
  const headers = { 'request-id': requestId };
  if (method !== 'GET' && method !== 'HEAD') {
    const { error } = errorBody({
      httpStatus: 405,
      code: 'method_not_allowed',
      message: 'Use GET or HEAD on /health.',
    });
    const body = { error: { ...error, request_id: requestId } };
    return { status: 405, headers: { ...headers, allow: 'GET, HEAD' }, body };
  }
  try {
    await probe();
    return { status: 200, headers, body: { ok: true } };
  } catch {
    return {
      status: 503,
      headers: { ...headers, 'retry-after': String(storageRetryAfterSeconds) },
      body: { ok: false },
    };
  }
}
