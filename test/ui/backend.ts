import { delay, http } from 'msw';
import { setupServer } from 'msw/node';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import { type Catalog, type Contract, catalogSchema, type Session } from '../../src/core/index.js';
import { computeEstimate } from '../../src/core/rules/computeEstimate.js';
import { addDays, todayUtc } from '../../src/core/rules/dates.js';
import { createMockBackend, mockClientSecret } from '../../src/mock/index.js';

export const catalog: Catalog = catalogSchema.parse(catalogJson);
export const base = 'http://checkout.test/api';
export const sessionId = '6f9f1f3e-8a53-4c8e-9d55-2f0f8a6b1c01';
/** The client secret that opens {@link sessionId} on the mock backend. */
export const clientSecret = mockClientSecret(sessionId);
export const server = setupServer();

const now = () => new Date();
export const today = () => todayUtc(now());

/**
 * A session as the API would return it, priced with the real rules.
 * @example makeSession({ contract: { plan_id: 'team', quantity: 3, currency: 'USD', start_date } })
 */
export function makeSession(overrides: Partial<Session> = {}): Session {
  const contract: Contract = overrides.contract ?? {
    plan_id: 'team',
    quantity: 3,
    currency: 'USD',
    start_date: addDays(today(), 10),
  };
  const at = now().toISOString();
  return {
    id: sessionId,
    object: 'checkout_session',
    status: 'open',
    payment_status: 'not_started',
    customer_id: null,
    customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
    contract,
    currency: contract.currency,
    estimates: computeEstimate(contract, catalog, now()),
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
    success_url: null,
    cancel_url: null,
    pending_url: null,
    attribution: null,
    custom_data: {},
    created_at: at,
    updated_at: at,
    last_activity_at: at,
    version: 1,
    ...overrides,
  };
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
  aborted: () => boolean;
}

/** Per-test knobs in front of the mock backend. */
export interface BackendOptions {
  /** Milliseconds before a summary answers, per contract (default 0). */
  summaryDelay?: (contract: Contract) => number;
  /** Replace the PATCH answer; return undefined to let the mock backend answer. */
  onPatch?: (request: RecordedRequest, attempt: number) => Response | Promise<Response> | undefined;
  patchDelayMs?: number;
  sessionDelayMs?: number;
}

/**
 * Serves `initial` from the real mock backend (`createMockBackend`: the API service and rules
 * the server runs, over an in-memory store), behind a thin msw layer that records requests and
 * adds the per-test delays and answers.
 * @example const api = installBackend(makeSession()); api.requests('PATCH')
 */
export function installBackend(initial: Session, options: BackendOptions = {}) {
  const backend = createMockBackend({
    catalog,
    baseUrl: base,
    // Created by the real creation rule, then replaced by `initial` (any status or version).
    sessions: [{ id: sessionId, create: { contract: { plan_id: 'starter', currency: 'USD' } } }],
  });
  let session = initial;
  const put = (next: Session) =>
    backend.store.transaction(async (tx) => {
      const record = await tx.getForUpdate(sessionId);
      if (record) await tx.update({ ...record, session: next });
    });
  const installed = backend.ready.then(() => put(initial));

  const log: RecordedRequest[] = [];
  let patches = 0;
  server.use(
    http.all(`${base}/*`, async ({ request }) => {
      await installed;
      const text = request.method === 'GET' ? '' : await request.clone().text();
      const entry: RecordedRequest = {
        method: request.method,
        path: new URL(request.url).pathname.replace('/api', ''),
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
        aborted: () => request.signal.aborted,
      };
      log.push(entry);
      if (entry.path.endsWith('/summary')) {
        await delay(options.summaryDelay?.((entry.body as { contract: Contract }).contract) ?? 0);
      } else if (request.method === 'GET' && entry.path.startsWith('/checkout_session/')) {
        await delay(options.sessionDelayMs ?? 0);
      } else if (request.method === 'PATCH') {
        patches += 1;
        await delay(options.patchDelayMs ?? 0);
        return options.onPatch?.(entry, patches);
      }
      // Falls through to the mock backend.
      return undefined;
    }),
    ...backend.handlers,
  );
  return {
    requests: (method?: string, path?: string) =>
      log.filter((r) => (!method || r.method === method) && (!path || r.path.endsWith(path))),
    /** The session as installed or last set by the test. */
    get session() {
      return session;
    },
    /** The session as the backend holds it now, after the widget's saves. */
    latest: async () => (await backend.store.get(sessionId))?.session,
    /** Someone else changes the session (another tab, support staff). */
    setSession(next: Session) {
      session = next;
      void installed.then(() => put(next));
    },
    backend,
  };
}
