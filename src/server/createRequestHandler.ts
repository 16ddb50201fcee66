import { hash } from 'node:crypto';
import { answerRequest } from '../core/api/answerRequest.js';
import type { ApiRequestBody } from '../core/api/apiRequest.js';
import { createApiService } from '../core/api/createApiService.js';
import type { WebCrypto } from '../core/api/createSecrets.js';
import { newRequestId } from '../core/api/newRequestId.js';
import type { Store } from '../core/api/store.js';
import type { Catalog } from '../core/catalog.js';
import { type ErrorCode, errorBody } from '../core/errors.js';
import { corsPolicy } from './corsPolicy.js';
import { createJsonBody } from './createJsonBody.js';
import {
  isoTimeNow,
  type LogLine,
  logJsonLine,
  logJsonText,
  requestLineText,
} from './jsonLineLogger.js';
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

/**
 * The answer: `body` is the JSON, as text or as UTF-8 byte chunks to send one after another (a
 * session with an audit trail, see createJsonBody), null for none; headers have lower-case names.
 */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string | readonly Uint8Array<ArrayBuffer>[] | null;
}

/** The answer as a web Response (the Hono adapters). */
export const webResponse = ({ status, headers, body }: HttpResponse): Response =>
  new Response(body === null || typeof body === 'string' ? body : new Blob([...body]), {
    status,
    headers,
  });

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

/** An error the transport answers itself, before or instead of the handler. */
export interface TransportFailure {
  status: 400 | 408 | 413 | 431 | 503;
  code: Extract<ErrorCode, 'invalid_request' | 'request_timeout' | 'headers_too_large'>;
  message: string;
}

/** Answers one request; never rejects. */
export interface RequestHandler {
  (request: HttpRequest): Promise<HttpResponse>;
  /**
   * The one way a transport adapter answers an error of its own (a malformed target or Host, a
   * timeout, an unparsable request): the JSON error body every other error has, and the
   * request's log line (`method` and `target` as received, `-` when
   * unknown).
   */
  refuse(method: string, target: string, failure: TransportFailure, origin?: string): HttpResponse;
}

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
  // A key pasted into a URL by mistake must not end up in the log (only the default may show).
  const { secretKey } = options;
  const redact = (path: string) =>
    path.includes(secretKey) ? path.replaceAll(secretKey, '[secret key]') : path;
  const cors = corsPolicy(options.corsOrigins ?? []);
  const jsonBody = createJsonBody();
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
        path: redact(request.path),
        error: String(error),
        stack: (error as Error)?.stack,
      }),
  });

  // A read of a never-issued id proves the database answers.
  // (Where the store can tell that it cannot write, this is where /health learns it.)
  const probeStorage = () =>
    options.store.ping ? options.store.ping() : options.store.get(probeId);

  async function respond(request: HttpRequest, requestId: string): Promise<HttpResponse> {
    const { method, headers } = request;
    if (method === 'OPTIONS' && headers['access-control-request-method']) {
      return {
        status: 204,
        headers: { ...cors.preflightHeaders(headers.origin), 'request-id': requestId },
        body: null,
      };
    }
    const { response: result, body } = await answerRequest(
      service,
      request,
      requestId,
      probeStorage,
    );
    // The rest of a refused upload is not worth reading: close instead of draining it.
    if (body.kind === 'too_large') result.headers.connection = 'close';
    return {
      status: result.status,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        ...cors.responseHeaders(headers.origin),
        ...result.headers,
      },
      // A session's audit entries are serialised once each (createJsonBody).
      body: jsonBody(result.body),
    };
  }

  const refuse: RequestHandler['refuse'] = (method, target, failure, origin) => {
    const { status, code, message } = failure;
    const requestId = newRequestId(options.crypto);
    // Whatever was received, the log line and the answer stay small.
    const shown = target.length > 200 ? `${target.slice(0, 200)}…` : target;
    logRequest(method.slice(0, 20), redact(shown), status, 0, requestId, undefined);
    return {
      status,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        ...cors.responseHeaders(origin),
        'request-id': requestId,
      },
      body: JSON.stringify({ error: { code, message, request_id: requestId } }),
    };
  };

  const handler = async (request: HttpRequest): Promise<HttpResponse> => {
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
        path: redact(request.path),
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
      redact(request.path),
      response.status,
      Math.round((performance.now() - started) * 10) / 10,
      requestId,
      traceIdOf(request.headers.traceparent),
    );
    return response;
  };
  return Object.assign(handler, { refuse });
}
