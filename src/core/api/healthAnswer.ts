import { errorBody } from '../errors.js';
import type { ApiResponse } from './apiRequest.js';

/**
 * `/health` for the server and the mock alike: GET and HEAD answer 200 `{ ok: true }` when
 * `probe` resolves and 503 `{ ok: false }` when storage cannot answer or write (HEAD: the same
 * status and headers; the adapter sends no body); any other method is 405 `method_not_allowed`
 * with `Allow: GET, HEAD`.
 * @example await healthAnswer('HEAD', () => store.get(probeId)) // { status: 200, … }
 */
export async function healthAnswer(
  method: string,
  probe: () => Promise<unknown>,
): Promise<ApiResponse> {
  if (method !== 'GET' && method !== 'HEAD') {
    const body = errorBody({
      httpStatus: 405,
      code: 'method_not_allowed',
      message: 'Use GET or HEAD on /health.',
    });
    return { status: 405, headers: { allow: 'GET, HEAD' }, body };
  }
  try {
    await probe();
    return { status: 200, headers: {}, body: { ok: true } };
  } catch {
    return { status: 503, headers: { 'retry-after': '1' }, body: { ok: false } };
  }
}
