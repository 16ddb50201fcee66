import type { Page, Route } from '@playwright/test';
import type { Catalog } from '../core/catalog.js';
import { validateCatalog } from '../core/rules/validateCatalog.js';
import type { Session } from '../core/session.js';
import type { Fault, FaultPlan, MockFailures, MockOperation } from '../mock/createFaultPlan.js';
import { createMockApi } from '../mock/createMockApi.js';
import type { MockSessionSeed, SeededSession } from '../mock/seedSessions.js';
import defaultCatalog from '../server/defaultCatalog.json' with { type: 'json' };

/** The endpoints `fail()` and `calls()` name. */
export type CheckoutEndpoint = 'create' | 'read' | 'update' | 'confirm' | 'summary' | 'catalog';

/**
 * How `fail()` breaks a call: no answer, a 500 (or another 4xx/5xx status given as text, such
 * as `"503"`), or an answer that arrives late.
 */
export type CheckoutFailureKind = 'network' | '500' | `${4 | 5}${number}` | `delay:${number}`;

/** Options of {@link mockCheckoutApi}. */
export interface MockCheckoutApiOptions {
  /** Where the page calls the API: default `"/api"` on the page's origin; or an absolute URL. */
  baseUrl?: string;
  /** Default: the reference server's catalog (Starter, Team, Scale, Usage tiers…). */
  catalog?: Catalog;
  /**
   * Seeds as `createMockBackend` takes them. Default: one guest session on Team × 5 in USD
   * (`guest@example.com`) when the catalog is the default one, none otherwise.
   */
  sessions?: readonly MockSessionSeed[];
  /** Delay before every answer, in ms (default 0). */
  latencyMs?: number;
  /** Faults per endpoint, as `createMockBackend` takes them (`read` or `get` for reads). */
  failures?: MockFailures & { read?: FaultPlan };
  /** Freeze the API's clock at this instant (default: the real clock); see `setNow`. */
  now?: Date | string | number;
  /** The merchant's secret key the mocked API accepts; default `"sk_test_mock"`. */
  secretKey?: string;
}

/** One call the page made to the mocked API. */
export interface CheckoutApiCall {
  /** The endpoint it reached, or null (`/health`, an unknown path). */
  endpoint: CheckoutEndpoint | null;
  method: string;
  /** Below `baseUrl`, e.g. `/checkout_session/summary`. */
  path: string;
  /** Request headers, names in lower case. */
  headers: Record<string, string>;
  /** The JSON body parsed (the raw text if it is not JSON), or null without a body. */
  body: unknown;
  /** The status answered; 0 when the call was made to fail at the network level. */
  status: number;
}

/** The mocked API of one page. */
export interface MockedCheckoutApi {
  /** The seeded sessions in seed order: open the page with `id` and `clientSecret`. */
  seeded: SeededSession[];
  /** The sessions as stored now (after the page's saves), in creation order. */
  sessions(): Session[];
  /** Every call so far, oldest first. */
  calls(): CheckoutApiCall[];
  /** Sets (and freezes) the API's clock: expiry, start dates, `computed_at`. */
  setNow(date: Date | string | number): void;
  /** The next call to `endpoint` fails with `kind`. Queued: two calls fail the next two. */
  fail(endpoint: CheckoutEndpoint, kind: CheckoutFailureKind): void;
  /** The secret key the mocked API takes as `Bearer` for merchant calls. */
  secretKey: string;
}

const toOperation = (endpoint: CheckoutEndpoint): MockOperation =>
  endpoint === 'read' ? 'get' : endpoint;
const toEndpoint = (operation: MockOperation | 'other'): CheckoutEndpoint | null =>
  operation === 'other' ? null : operation === 'get' ? 'read' : operation;
const endpoints = ['create', 'read', 'update', 'confirm', 'summary', 'catalog'];

function toDate(value: Date | string | number, what: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`${what}: not a date: ${String(value)}`);
  return date;
}

function toFault(kind: CheckoutFailureKind): Fault {
  if (kind === 'network') return 'network';
  if (/^[45]\d\d$/.test(kind)) return Number(kind);
  const delay = /^delay:(\d+)$/.exec(kind);
  if (delay) return { delayMs: Number(delay[1]) };
  throw new Error(
    `fail(): kind must be "network", "500" or "delay:<ms>", not ${JSON.stringify(kind)}.`,
  );
}

const parseBody = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** A cross-origin page (an absolute `baseUrl`) needs CORS on the answers; same-origin does not. */
const corsHeaders = (origin: string | undefined): Record<string, string> =>
  origin
    ? {
        'access-control-allow-origin': origin,
        'access-control-allow-headers': 'Authorization, Content-Type, If-Match, Idempotency-Key',
        'access-control-allow-methods': 'GET, POST, PATCH, OPTIONS',
        'access-control-expose-headers': 'ETag, Idempotent-Replayed, Request-Id',
      }
    : {};

const defaultSeeds: MockSessionSeed[] = [
  {
    create: {
      contract: { plan_id: 'team', quantity: 5, currency: 'USD' },
      customer: { email: 'guest@example.com' },
    },
  },
];

/**
 * Answers the checkout API from inside the test process with `page.route`: the same API service
 * and rules as the reference server, on an in-memory store, with a call log, a settable clock
 * and fault injection. No service worker, no server process. Resolves once the seeds exist.
 * A page with a service worker of its own needs `serviceWorkers: 'block'` (Playwright does not
 * route what a service worker answers).
 * @example
 * const api = await mockCheckoutApi(page);
 * const [{ id, clientSecret }] = api.seeded;
 * await page.goto(`/?session_id=${id}&client_secret=${clientSecret}`);
 */
export async function mockCheckoutApi(
  page: Page,
  options: MockCheckoutApiOptions = {},
): Promise<MockedCheckoutApi> {
  const validated = validateCatalog(options.catalog ?? defaultCatalog);
  if (!validated.ok) {
    throw new Error(`mockCheckoutApi: invalid catalog: ${validated.problems.join('; ')}`);
  }
  const { catalog } = validated;
  let now = options.now === undefined ? null : toDate(options.now, 'now');
  const { read, ...failures } = options.failures ?? {};
  const api = createMockApi({
    catalog,
    sessions: options.sessions ?? (options.catalog ? [] : defaultSeeds),
    ...(options.secretKey ? { secretKey: options.secretKey } : {}),
    latencyMs: options.latencyMs ?? 0,
    failures: read === undefined ? failures : { ...failures, get: read },
    clock: () => (now ? new Date(now) : new Date()),
  });

  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(base) ? new URL(base) : null;
  const basePath = absolute ? absolute.pathname.replace(/\/+$/, '') : base;
  // A relative baseUrl means the origin of the page at the time of the call.
  const originOfPage = () => {
    const url = page.url();
    return url.startsWith('http') ? new URL(url).origin : null;
  };
  const matches = (url: URL) => {
    const origin = absolute ? absolute.origin : originOfPage();
    if (origin !== null && url.origin !== origin) return false;
    return url.pathname.startsWith(`${basePath}/`);
  };

  async function respond(route: Route) {
    const request = route.request();
    const url = new URL(request.url());
    const headers = await request.allHeaders();
    const answer = await api.handle({
      method: request.method(),
      path: url.pathname.slice(basePath.length),
      headers,
      body: request.postDataBuffer(),
    });
    if (answer.kind === 'network') return route.abort('internetdisconnected');
    return route.fulfill({
      status: answer.status,
      headers: { ...answer.headers, ...corsHeaders(headers.origin) },
      body: answer.body ?? '',
    });
  }

  await page.route(matches, (route) =>
    respond(route).catch((error: unknown) => {
      // A page closed while an answer was delayed is the end of a test, not a failure of it.
      if (!page.isClosed()) throw error;
    }),
  );
  await api.ready;

  return {
    seeded: api.sessions,
    sessions: () => api.store.list().map((record) => record.session),
    calls: () =>
      api.calls.map((call) => ({
        endpoint: toEndpoint(call.operation),
        method: call.method,
        path: call.path,
        headers: call.headers,
        body: parseBody(call.body),
        status: call.outcome === 'network' ? 0 : call.outcome,
      })),
    setNow(date) {
      now = toDate(date, 'setNow');
    },
    fail(endpoint, kind) {
      if (!endpoints.includes(endpoint)) {
        throw new Error(
          `fail(): endpoint must be one of ${endpoints.join(', ')}, not ${JSON.stringify(endpoint)}.`,
        );
      }
      api.failNext(toOperation(endpoint), toFault(kind));
    },
    secretKey: api.secretKey,
  };
}
