import { hash } from 'node:crypto';
import type { ApiRequest, ApiRequestBody, ApiResponse } from '../core/api/apiRequest.js';
import { maxBodyBytes } from '../core/api/apiRequest.js';
import { createApiService } from '../core/api/createApiService.js';
import type { WebCrypto } from '../core/api/createSecrets.js';
import { newRequestId } from '../core/api/newRequestId.js';
import type { Store } from '../core/api/store.js';
import type { Catalog } from '../core/catalog.js';
import { errorBody } from '../core/errors.js';
import { corsPolicy } from './corsPolicy.js';
import {
  isoTimeNow,
  type LogLine,
  logJsonLine,
  logJsonText,
  requestLineText,
} from './jsonLineLogger.js';
import { knownJsonText } from './jsonText.js';
import { traceIdOf } from './traceIdOf.js';

/** Options of createApp and createNodeListener. */
export interface AppOptions {
  store: Store;
  /** A catalog that passed validateCatalog. */
  catalog: Catalog;
  secretKey: string;
  /** Origins allowed to call from a browser (`*` for any); default none. */
  corsOrigins?: readonly string[];
  clock?: () => Date;
  crypto?: WebCrypto;
  /** Receives one line per request and any internal error; default: JSON lines on stdout. */
  logger?: (line: LogLine) => void;
}

/** The request headers the server reads, by their lower-case names (as Node's `req.headers`). */
export interface RequestHeaders {
  authorization?: string | undefined;
  'content-type'?: string | undefined;
  'if-match'?: string | undefined;
  'idempotency-key'?: string | undefined;
  origin?: string | undefined;
  'access-control-request-method'?: string | undefined;
  /** W3C Trace Context: its trace id goes into the request's log line. */
  traceparent?: string | undefined;
}

/** One HTTP request as a transport adapter (Hono, node:http) hands it over. */
export interface HttpRequest {
  /** Upper case. */
  method: string;
  /** Decoded path without the query string. */
  path: string;
  headers: RequestHeaders;
  /** Reads the body, capped at `limit` bytes (`too_large` beyond it). */
  readBody(limit: number): Promise<ApiRequestBody>;
}

/** The answer: `body` is the JSON text (null for none); headers have lower-case names. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

const apiRequestOf = (
  { method, path, headers }: HttpRequest,
  body: ApiRequestBody,
  requestId: string,
): ApiRequest => ({
  method,
  path,
  requestId,
  headers: {
    authorization: headers.authorization,
    contentType: headers['content-type'],
    ifMatch: headers['if-match'],
    idempotencyKey: headers['idempotency-key'],
  },
  body,
});
const readsBody = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
// A never-issued id: reading it proves the database answers without touching real data.
const probeId = '00000000-0000-4000-8000-000000000000';
// One-shot: no Hash object per call for the garbage collector to finalise.
const sha256Hex = (text: string) => hash('sha256', text, 'hex');
const internalError = (requestId: string) => ({
  error: {
    ...errorBody({ httpStatus: 500, code: 'internal_error', message: 'Something went wrong.' })
      .error,
    request_id: requestId,
  },
});

/** Answers one request; never rejects. */
export type RequestHandler = (request: HttpRequest) => Promise<HttpResponse>;

/**
 * The server's HTTP behaviour without a transport: CORS, /health, the API service, `Cache-Control`,
 * 413 → `Connection: close`, one log line per request, and a JSON 500 for anything unexpected.
 * createApp (Hono) and createNodeListener (node:http) are thin adapters around it, so they
 * cannot disagree.
 * @example const handle = createRequestHandler({ store, catalog, secretKey });
 */
export function createRequestHandler(options: AppOptions): RequestHandler {
  const { logger } = options;
  const log = logger ?? logJsonLine;
  // One line per request: the default logger gets it as text made without an object.
  type LogRequest = (
    method: string,
    path: string,
    status: number,
    ms: number,
    requestId: string,
    traceId: string | undefined,
  ) => void;
  const logRequest: LogRequest = logger
    ? (method, path, status, ms, request_id, trace_id) =>
        logger({
          time: isoTimeNow(),
          method,
          path,
          status,
          ms,
          request_id,
          ...(trace_id === undefined ? {} : { trace_id }),
        })
    : (method, path, status, ms, requestId, traceId) =>
        logJsonText(requestLineText(isoTimeNow(), method, path, status, ms, requestId, traceId));
  const cors = corsPolicy(options.corsOrigins ?? []);
  const service = createApiService({
    store: options.store,
    catalog: options.catalog,
    secretKey: options.secretKey,
    // node:crypto's hash is synchronous and takes microseconds; Web Crypto's is a thread-pool job.
    sha256Hex,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.crypto ? { crypto: options.crypto } : {}),
    onInternalError: (error, request) =>
      log({
        level: 'error',
        msg: 'internal_error',
        request_id: request.requestId,
        method: request.method,
        path: request.path,
        error: String(error),
        stack: (error as Error)?.stack,
      }),
  });

  async function respond(request: HttpRequest, requestId: string): Promise<HttpResponse> {
    const { method, path, headers } = request;
    if (method === 'OPTIONS' && headers['access-control-request-method']) {
      return {
        status: 204,
        headers: { ...cors.preflightHeaders(headers.origin), 'request-id': requestId },
        body: null,
      };
    }
    let result: ApiResponse;
    if (path === '/health') result = await health(method, requestId);
    else {
      const body: ApiRequestBody = readsBody(method)
        ? await request.readBody(maxBodyBytes)
        : { kind: 'none' };
      result = await service.handle(apiRequestOf(request, body, requestId));
      // The rest of a refused upload is not worth reading: close instead of draining it.
      if (body.kind === 'too_large') result.headers.connection = 'close';
    }
    return {
      status: result.status,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        ...cors.responseHeaders(headers.origin),
        ...result.headers,
      },
      // The service may have the text already; sessions were usually just serialised for the
      // database: reuse either.
      body: result.bodyText ?? knownJsonText(result.body) ?? JSON.stringify(result.body),
    };
  }

  async function health(method: string, requestId: string): Promise<ApiResponse> {
    const headers = { 'request-id': requestId };
    if (method !== 'GET' && method !== 'HEAD') {
      const { error } = errorBody({
        httpStatus: 405,
        code: 'method_not_allowed',
        message: 'Use GET on this path.',
      });
      const body = { error: { ...error, request_id: requestId } };
      return { status: 405, headers: { ...headers, allow: 'GET' }, body };
    }
    try {
      await options.store.get(probeId);
      return { status: 200, headers, body: { ok: true } };
    } catch {
      return { status: 503, headers, body: { ok: false } };
    }
  }

  return async (request) => {
    const started = performance.now();
    // Made here, not in the service: the log line and answers given without the service
    // (preflight, /health, a 500) carry it too.
    const requestId = newRequestId(options.crypto);
    let response: HttpResponse;
    try {
      response = await respond(request, requestId);
    } catch (error) {
      log({
        level: 'error',
        msg: 'unhandled',
        path: request.path,
        request_id: requestId,
        error: String(error),
      });
      response = {
        status: 500,
        headers: {
          'content-type': 'application/json',
          'cache-control': 'no-store',
          ...cors.responseHeaders(request.headers.origin),
          'request-id': requestId,
        },
        body: JSON.stringify(internalError(requestId)),
      };
    }
    logRequest(
      request.method,
      request.path,
      response.status,
      Math.round((performance.now() - started) * 10) / 10,
      requestId,
      traceIdOf(request.headers.traceparent),
    );
    return response;
  };
}
