import {
  type ApiRequestBody,
  type ApiResponse,
  apiRequestHeaders,
  maxBodyBytes,
} from './apiRequest.js';
import type { ApiService } from './createApiService.js';
import { healthAnswer } from './healthAnswer.js';

/** A request as a transport adapter has it: the body not read yet. */
export interface TransportRequest {
  method: string;
  /** Decoded path without the query string. */
  path: string;
  /** HTTP headers by their lower-case names (only those apiRequestHeaders picks are read). */
  headers: Parameters<typeof apiRequestHeaders>[0];
  /** Reads the body, capped at `limit` bytes: `too_large` beyond it. */
  readBody(limit: number): Promise<ApiRequestBody>;
}

const readsBody = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

/**
 * What every transport adapter (the server's Hono app and node:http front door, the mock under
 * MSW or Playwright's page.route) does with a request that is not a CORS preflight: `/health`
 * through healthAnswer (GET and HEAD probe storage, other methods 405), anything else to the API
 * service with the headers it reads and a body capped at maxBodyBytes (GET, HEAD and OPTIONS
 * send none). `requestId` is the request's id (`Request-Id`), made by the adapter: see
 * newRequestId. Returns the body read too: the server closes the connection after a `too_large`.
 * @example const { response } = await answerRequest(service, request, requestId, () => store.ping());
 */
export async function answerRequest(
  service: ApiService,
  request: TransportRequest,
  requestId: string,
  probeStorage: () => Promise<unknown>,
): Promise<{ response: ApiResponse; body: ApiRequestBody }> {
  const { method, path } = request;
  if (path === '/health') {
    return {
      response: await healthAnswer(method, probeStorage, requestId),
      body: { kind: 'none' },
    };
  }
  const body: ApiRequestBody = readsBody(method)
    ? await request.readBody(maxBodyBytes)
    : { kind: 'none' };
  const headers = apiRequestHeaders(request.headers);
  const response = await service.handle({ method, path, requestId, headers, body });
  return { response, body };
}
