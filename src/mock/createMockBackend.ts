import { HttpResponse, http, type RequestHandler } from 'msw';
import { createMockApi, type MockApi, type MockApiOptions } from './createMockApi.js';

export type { MockCall } from './createMockApi.js';

/** Options of {@link createMockBackend}. */
export interface MockBackendOptions extends MockApiOptions {
  /** Where the handlers listen: `"/api"` (default) in a browser, an absolute URL in Node. */
  baseUrl?: string;
}

/** A running mock backend: the mock API's state and controls, with MSW handlers as its transport. */
export interface MockBackend
  extends Pick<
    MockApi,
    'ready' | 'sessions' | 'secretKey' | 'store' | 'calls' | 'setFailures' | 'setLatency'
  > {
  /** MSW request handlers: `setupWorker(...backend.handlers)` / `setupServer(...backend.handlers)`. */
  handlers: RequestHandler[];
}

/**
 * The checkout API in memory, as MSW handlers: a thin adapter from MSW requests to createMockApi,
 * which runs the same transport-free API service as the reference server, so both give the
 * same answers.
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
  const api = createMockApi(options);

  const handler = http.all(baseUrlPattern(baseUrl), async ({ request }) => {
    const url = new URL(request.url);
    const basePath = new URL(baseUrl, url).pathname.replace(/\/+$/, '');
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const method = request.method.toUpperCase();
    const bytes = method === 'GET' || method === 'HEAD' ? null : await request.arrayBuffer();
    const answer = await api.handle({
      method,
      path: url.pathname.slice(basePath.length) || '/',
      headers,
      body: bytes ? new Uint8Array(bytes) : null,
    });
    if (answer.kind === 'network') return HttpResponse.error();
    return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers });
  });

  return {
    handlers: [handler],
    ready: api.ready,
    sessions: api.sessions,
    secretKey: api.secretKey,
    store: api.store,
    calls: api.calls,
    setFailures: api.setFailures,
    setLatency: api.setLatency,
  };
}

/**
 * What the handler listens to, as a RegExp without capturing groups: MSW matches a string path
 * with path-to-regexp, which percent-decodes the `*` it captures and throws on a malformed
 * escape (`/api/checkout_session/%zz` answered 500 where the server answers 400). Nothing is
 * captured here, so nothing is decoded; the API service decodes the id itself. A relative
 * `baseUrl` is on the page's origin (MSW's own rule), or on any origin where there is no page.
 */
function baseUrlPattern(baseUrl: string): RegExp {
  const quote = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const here = (globalThis as { location?: { href: string } }).location?.href;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl) || here) {
    return new RegExp(`^${quote(new URL(baseUrl, here).href.replace(/\/+$/, ''))}/`);
  }
  return new RegExp(`^[a-z][a-z0-9+.-]*://[^/]+${quote(baseUrl)}/`, 'i');
}
