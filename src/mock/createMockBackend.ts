import { HttpResponse, http, type RequestHandler } from 'msw';
import { createApiService, maxBodyBytes, newRequestId } from '../core/api/index.js';
import { matchRoute, type Route } from '../core/api/matchRoute.js';
import type { Catalog } from '../core/catalog.js';
import {
  createFaultPlan,
  type MockFailures,
  type MockOperation,
  type ResolvedFault,
} from './createFaultPlan.js';
import { createMemoryStore, type MemoryStore } from './createMemoryStore.js';
import { type MockSessionSeed, type SeededSession, seedSessions } from './seedSessions.js';

/** Options of {@link createMockBackend}. */
export interface MockBackendOptions {
  /** The catalog `GET /catalog` serves and the rules price against. */
  catalog: Catalog;
  /** Sessions that exist from the start; see {@link MockSessionSeed}. */
  sessions?: readonly MockSessionSeed[];
  /** Where the handlers listen: `"/api"` (default) in a browser, an absolute URL in Node. */
  baseUrl?: string;
  /** The merchant's secret key; default `"sk_test_mock"`. */
  secretKey?: string;
  /** Delay before every answer, in ms (default 0): makes loading states visible. */
  latencyMs?: number;
  /** Faults to inject per operation; see {@link MockFailures}. */
  failures?: MockFailures;
  /** The clock the API and the rules see; default the real one. */
  clock?: () => Date;
}

/** One request as the mock saw it, for assertions. */
export interface MockCall {
  operation: MockOperation | 'other';
  method: string;
  /** Path below `baseUrl`, e.g. `/checkout_session/<id>`. */
  path: string;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
  /** Raw request body, or null. */
  body: string | null;
  /** The status sent, or `"network"` when the connection was made to fail. */
  outcome: number | 'network';
}

/** A running mock backend. */
export interface MockBackend {
  /** MSW request handlers: `setupWorker(...backend.handlers)` / `setupServer(...backend.handlers)`. */
  handlers: RequestHandler[];
  /** Resolves once the seeded sessions exist; handlers wait for it on their own. */
  ready: Promise<void>;
  /** The seeded sessions with their client secrets, in seed order (filled once `ready`). */
  sessions: SeededSession[];
  secretKey: string;
  /** The storage behind the API, for looking behind it in tests. */
  store: MemoryStore;
  /** Every request handled so far, oldest first. */
  calls: MockCall[];
  /** Replaces the injected faults (and restarts per-call sequences). */
  setFailures(failures: MockFailures): void;
  /** Replaces the latency of every later answer. */
  setLatency(latencyMs: number): void;
}

const operations: Partial<Record<Route['kind'], MockOperation>> = {
  create: 'create',
  read: 'get',
  update: 'update',
  confirm: 'confirm',
  summary: 'summary',
  catalog: 'catalog',
};

const injectedErrorBody = (requestId: string) => ({
  error: {
    code: 'internal_error',
    message: 'Injected failure (mock backend).',
    request_id: requestId,
  },
});

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

/**
 * The checkout API in memory, as MSW handlers: a thin adapter from MSW requests to the same
 * transport-free API service the reference server runs, so both give the same answers.
 *
 * @example
 * const backend = createMockBackend({
 *   catalog,
 *   baseUrl: 'http://localhost/api',
 *   sessions: [{ create: { contract: { plan_id: 'team', quantity: 5, currency: 'USD' } } }],
 *   failures: { update: ['network'] },
 * });
 * setupServer(...backend.handlers).listen();
 * await backend.ready;
 * const { id, clientSecret } = backend.sessions[0];
 */
export function createMockBackend(options: MockBackendOptions): MockBackend {
  const baseUrl = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const secretKey = options.secretKey ?? 'sk_test_mock';
  const clock = options.clock ?? (() => new Date());
  const store = createMemoryStore();
  const service = createApiService({ store, catalog: options.catalog, secretKey, clock });
  const faults = createFaultPlan(options.failures);
  let latencyMs = options.latencyMs ?? 0;
  const calls: MockCall[] = [];
  const sessions: SeededSession[] = [];
  const ready = seedSessions(service, store, options.sessions ?? [], {
    catalog: options.catalog,
    secretKey,
    clock,
  }).then((seeded) => {
    sessions.push(...seeded);
  });

  // Nobody may be awaiting `ready` yet; the handlers and the caller still see the rejection.
  ready.catch(() => undefined);

  const handler = http.all(`${baseUrl}/*`, async ({ request }) => {
    await ready;
    const url = new URL(request.url);
    const basePath = new URL(baseUrl, url).pathname.replace(/\/+$/, '');
    const path = url.pathname.slice(basePath.length) || '/';
    const method = request.method.toUpperCase();
    const operation = operations[matchRoute(method, path).kind] ?? 'other';
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const bytes = method === 'GET' || method === 'HEAD' ? null : await request.arrayBuffer();
    const text = bytes && bytes.byteLength > 0 ? new TextDecoder().decode(bytes) : null;
    const call: MockCall = { operation, method, path, headers, body: text, outcome: 'network' };
    calls.push(call);

    const fault: ResolvedFault =
      operation === 'other' ? { action: 'pass', delayMs: 0 } : faults.next(operation);
    await sleep(latencyMs + fault.delayMs);

    if (fault.action === 'network') return HttpResponse.error();
    // Every answer carries a Request-Id, as the server's do; the service's own use this one.
    const requestId = newRequestId();
    if (typeof fault.action === 'number') {
      call.outcome = fault.action;
      return new HttpResponse(JSON.stringify(fault.body ?? injectedErrorBody(requestId)), {
        status: fault.action,
        headers: { 'content-type': 'application/json', 'request-id': requestId },
      });
    }
    if (method === 'GET' && path === '/health') {
      call.outcome = 200;
      return HttpResponse.json({ ok: true }, { headers: { 'request-id': requestId } });
    }

    const response = await service.handle({
      method,
      path,
      requestId,
      headers: {
        authorization: request.headers.get('authorization') ?? undefined,
        contentType: request.headers.get('content-type') ?? undefined,
        ifMatch: request.headers.get('if-match') ?? undefined,
        idempotencyKey: request.headers.get('idempotency-key') ?? undefined,
      },
      body:
        text === null || !bytes
          ? { kind: 'none' }
          : bytes.byteLength > maxBodyBytes
            ? { kind: 'too_large' }
            : { kind: 'text', text },
    });
    // The write above has happened; only its answer goes missing.
    if (fault.action === 'response_lost') return HttpResponse.error();
    call.outcome = response.status;
    return new HttpResponse(response.bodyText ?? JSON.stringify(response.body), {
      status: response.status,
      headers: { 'content-type': 'application/json', ...response.headers },
    });
  });

  return {
    handlers: [handler],
    ready,
    sessions,
    secretKey,
    store,
    calls,
    setFailures: (failures) => faults.replace(failures),
    setLatency: (ms) => {
      latencyMs = ms;
    },
  };
}
