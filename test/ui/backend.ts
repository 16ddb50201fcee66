import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import {
  type Catalog,
  type Contract,
  catalogSchema,
  errorBody,
  type Session,
  type UpdateRequest,
} from '../../src/core/index.js';
import { applyUpdate } from '../../src/core/rules/applyUpdate.js';
import { computeEstimate } from '../../src/core/rules/computeEstimate.js';
import { addDays, todayUtc } from '../../src/core/rules/dates.js';
import { summarize } from '../../src/core/rules/summarize.js';

export const catalog: Catalog = catalogSchema.parse(catalogJson);
export const base = 'http://checkout.test/api';
export const sessionId = '6f9f1f3e-8a53-4c8e-9d55-2f0f8a6b1c01';
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

/** Per-test knobs of the fake backend. */
export interface BackendOptions {
  /** Milliseconds before a summary answers, per contract (default 0). */
  summaryDelay?: (contract: Contract) => number;
  /** Replace the PATCH answer; return undefined to fall through to the real rules. */
  onPatch?: (request: RecordedRequest, attempt: number) => Response | Promise<Response> | undefined;
  patchDelayMs?: number;
  sessionDelayMs?: number;
}

/**
 * Installs msw handlers that answer like the API, using the core rules, and records requests.
 * @example const api = useBackend(makeSession()); api.requests('PATCH')
 */
export function installBackend(initial: Session, options: BackendOptions = {}) {
  let session = initial;
  const log: RecordedRequest[] = [];
  let patches = 0;
  const record = async (request: Request): Promise<RecordedRequest> => {
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const entry: RecordedRequest = {
      method: request.method,
      path: new URL(request.url).pathname.replace('/api', ''),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
      aborted: () => request.signal.aborted,
    };
    log.push(entry);
    return entry;
  };
  server.use(
    http.get(`${base}/catalog`, async ({ request }) => {
      await record(request);
      return HttpResponse.json(catalog);
    }),
    http.post(`${base}/checkout_session/summary`, async ({ request }) => {
      const entry = await record(request);
      const { contract } = entry.body as { contract: Contract };
      await delay(options.summaryDelay?.(contract) ?? 0);
      const outcome = summarize({ contract }, { catalog, now: now(), actor: 'client' });
      if (!outcome.ok) {
        return HttpResponse.json(errorBody(outcome.failure), {
          status: outcome.failure.httpStatus,
        });
      }
      return HttpResponse.json({ estimates: outcome.estimates });
    }),
    http.get(`${base}/checkout_session/:id`, async ({ request }) => {
      await record(request);
      await delay(options.sessionDelayMs ?? 0);
      return HttpResponse.json(session, { headers: { ETag: `"${session.version}"` } });
    }),
    http.patch(`${base}/checkout_session/:id`, async ({ request }) => {
      const entry = await record(request);
      patches += 1;
      await delay(options.patchDelayMs ?? 0);
      const custom = await options.onPatch?.(entry, patches);
      if (custom) return custom;
      const ifMatch = request.headers.get('If-Match');
      const outcome = applyUpdate(
        session,
        entry.body as UpdateRequest,
        { catalog, now: now(), actor: 'client' },
        ifMatch ? { ifMatch: Number(ifMatch.replaceAll('"', '')) } : {},
      );
      if (outcome.kind === 'rejected') {
        return HttpResponse.json(errorBody(outcome.failure), {
          status: outcome.failure.httpStatus,
        });
      }
      session = outcome.session;
      return HttpResponse.json(session, { headers: { ETag: `"${session.version}"` } });
    }),
  );
  return {
    requests: (method?: string, path?: string) =>
      log.filter((r) => (!method || r.method === method) && (!path || r.path.endsWith(path))),
    get session() {
      return session;
    },
    /** Someone else changes the session (another tab, support staff). */
    setSession(next: Session) {
      session = next;
    },
  };
}
