import { answerRequest } from '../core/api/answerRequest.js';
import { createApiService, newRequestId } from '../core/api/index.js';
import { matchRoute, type Route } from '../core/api/matchRoute.js';
import type { Catalog } from '../core/catalog.js';
import {
  createFaultPlan,
  type Fault,
  type MockFailures,
  type MockOperation,
  type ResolvedFault,
} from './createFaultPlan.js';
import { createMemoryStore, type MemoryStore } from './createMemoryStore.js';
import { type MockSessionSeed, type SeededSession, seedSessions } from './seedSessions.js';

/** Options of {@link createMockApi} (and of createMockBackend, which adds `baseUrl`). */
export interface MockApiOptions {
  /** The catalog `GET /catalog` serves and the rules price against. */
  catalog: Catalog;
  /** Sessions that exist from the start; see {@link MockSessionSeed}. */
  sessions?: readonly MockSessionSeed[];
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

/** A request handed to the mock by a transport (MSW, Playwright's `page.route`, a test). */
export interface MockRequest {
  /** Any case; compared upper case. */
  method: string;
  /** The path below the base URL, still percent-encoded, without the query string. */
  path: string;
  /** Header names in lower case; a repeated header joined with ", " as `fetch` does. */
  headers: Record<string, string>;
  /** The raw body, or null for none. */
  body: Uint8Array | null;
}

/** What the transport should do: answer, or make the connection fail. */
export type MockAnswer =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: string | null }
  | { kind: 'network' };

/** The mock API without a transport. */
export interface MockApi {
  /** Answers one request, after `ready`, the latency and any injected fault. */
  handle(request: MockRequest): Promise<MockAnswer>;
  /** Resolves once the seeded sessions exist; `handle` waits for it on its own. */
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
  /** The next call to `operation` meets `fault`, before any planned fault. */
  failNext(operation: MockOperation, fault: Fault): void;
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
const json = { 'content-type': 'application/json' };

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

/**
 * The checkout API in memory, without a transport: the same transport-free API service the
 * reference server runs, on a memory store, plus what only a mock has (seeds, a call log,
 * latency and faults). createMockBackend puts MSW in front of it, `checkout-editor/testing`
 * Playwright's `page.route`. `/health` and CORS preflights are answered as the server answers
 * them (the server's HTTP layer does that, not the API service).
 * @example
 * const api = createMockApi({ catalog, sessions: [{ create: { contract } }] });
 * const answer = await api.handle({ method: 'GET', path: '/catalog', headers: {}, body: null });
 */
export function createMockApi(options: MockApiOptions): MockApi {
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

  // Nobody may be awaiting `ready` yet; `handle` and the caller still see the rejection.
  ready.catch(() => undefined);

  async function handle(request: MockRequest): Promise<MockAnswer> {
    await ready;
    const { path, headers } = request;
    const method = request.method.toUpperCase();
    const operation = operations[matchRoute(method, path).kind] ?? 'other';
    const bytes = method === 'GET' || method === 'HEAD' ? null : request.body;
    const text = bytes && bytes.byteLength > 0 ? new TextDecoder().decode(bytes) : null;
    const call: MockCall = { operation, method, path, headers, body: text, outcome: 'network' };
    calls.push(call);

    const fault: ResolvedFault =
      operation === 'other' ? { action: 'pass', delayMs: 0 } : faults.next(operation);
    await sleep(latencyMs + fault.delayMs);

    if (fault.action === 'network') return { kind: 'network' };
    // Every answer carries a Request-Id, as the server's do; the service's own use this one.
    const requestId = newRequestId();
    let answer: MockAnswer & { kind: 'response' };
    if (typeof fault.action === 'number') {
      const body = JSON.stringify(fault.body ?? injectedErrorBody(requestId));
      answer = {
        kind: 'response',
        status: fault.action,
        headers: { ...json, 'request-id': requestId },
        body,
      };
    } else {
      answer = await respond(method, path, headers, text, bytes, requestId);
    }
    // The write above has happened; only its answer goes missing.
    if (fault.action === 'response_lost') return { kind: 'network' };
    call.outcome = answer.status;
    if (method === 'HEAD') answer.body = null;
    return answer;
  }

  async function respond(
    method: string,
    path: string,
    headers: Record<string, string>,
    text: string | null,
    bytes: Uint8Array | null,
    requestId: string,
  ): Promise<MockAnswer & { kind: 'response' }> {
    const id = { 'request-id': requestId };
    // A preflight never reaches the API service on the server either.
    if (method === 'OPTIONS' && headers['access-control-request-method']) {
      return { kind: 'response', status: 204, headers: id, body: null };
    }
    // One answer for the server and the mock; the memory store always answers.
    const { response } = await answerRequest(
      service,
      {
        method,
        path,
        headers,
        readBody: async (limit) =>
          text === null || !bytes
            ? { kind: 'none' }
            : bytes.byteLength > limit
              ? { kind: 'too_large' }
              : { kind: 'text', text },
      },
      requestId,
      async () => undefined,
    );
    return {
      kind: 'response',
      status: response.status,
      headers: { ...json, ...response.headers },
      body: JSON.stringify(response.body),
    };
  }

  return {
    handle,
    ready,
    sessions,
    secretKey,
    store,
    calls,
    setFailures: (failures) => faults.replace(failures),
    failNext: (operation, fault) => faults.once(operation, fault),
    setLatency: (ms) => {
      latencyMs = ms;
    },
  };
}
