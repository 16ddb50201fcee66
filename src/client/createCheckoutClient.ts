import * as z from 'zod/mini';
import { type Catalog, catalogSchema } from '../core/catalog.js';
import { errorBodySchema } from '../core/errors.js';
import { type Estimate, estimateSchema } from '../core/estimate.js';
import type {
  ConfirmRequest,
  CreateRequest,
  SummaryRequest,
  UpdateRequest,
} from '../core/requests.js';
import {
  type CreatedSession,
  createdSessionSchema,
  type Session,
  sessionSchema,
} from '../core/session.js';
import { type SupportToken, supportTokenSchema } from '../core/supportToken.js';
import { CheckoutApiError } from './CheckoutApiError.js';
import { CheckoutNetworkError } from './CheckoutNetworkError.js';

/** How the client authenticates: a session's client secret, or a token fetched per request. */
export type CheckoutAuth =
  | { clientSecret: string; getToken?: never }
  | { getToken: () => string | Promise<string>; clientSecret?: never };

/** Options of {@link createCheckoutClient}. */
export type CheckoutClientOptions = CheckoutAuth & {
  /** API root without a trailing slash, e.g. `"/api"` or `"https://pay.example.com/v1"`. */
  baseUrl: string;
  /** A fetch implementation (tests, SSR, instrumentation); default `globalThis.fetch`. */
  fetch?: typeof fetch;
};

/** Per-call options. Every call can be cancelled; an aborted call rejects with an `AbortError`. */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** Options of writes: optimistic concurrency and safe retries. */
export interface WriteOptions extends CallOptions {
  /** The session version the change is based on; sent as `If-Match: "<version>"`. */
  ifMatch?: number | undefined;
  /** Same key + same body within 24 h replays the first answer instead of writing twice. */
  idempotencyKey?: string | undefined;
}

/**
 * The calls on one session that a browser makes (the widget needs no more): with a client
 * secret or a support token, or the secret key. See {@link createCheckoutSessionClient}.
 */
export interface CheckoutSessionClient {
  readonly baseUrl: string;
  getSession(id: string, options?: CallOptions): Promise<Session>;
  updateSession(id: string, body: UpdateRequest, options?: WriteOptions): Promise<Session>;
  confirm(id: string, body: ConfirmRequest, options?: WriteOptions): Promise<Session>;
  summary(body: SummaryRequest, options?: CallOptions): Promise<Estimate>;
  getCatalog(options?: CallOptions): Promise<Catalog>;
}

/** The typed API of one checkout backend: the session calls plus the merchant-only ones. */
export interface CheckoutClient extends CheckoutSessionClient {
  /** Merchant-only (secret key): the answer alone carries `client_secret`. */
  createSession(body: CreateRequest, options?: WriteOptions): Promise<CreatedSession>;
  /**
   * Merchant-only (secret key, on the merchant's server): mints a token for one support agent
   * on one session, valid `ttlSeconds` (60..3600, default 900). Hand `token` to the agent's
   * browser; it is shown only in this answer.
   * @example const { token } = await client.createSupportToken(id, { actor: 'Grace (support)' });
   */
  createSupportToken(
    sessionId: string,
    body: { actor: string; ttlSeconds?: number | undefined },
    options?: CallOptions,
  ): Promise<SupportToken>;
}

const json = 'application/json';
const summaryResponseSchema = z.object({ estimates: estimateSchema });

/**
 * Creates a typed client for the checkout session API. Responses are parsed with the shared
 * schemas; failures reject with `CheckoutApiError` (the API said no) or `CheckoutNetworkError`
 * (no usable answer; safe to retry).
 *
 * @example
 * const client = createCheckoutClient({ baseUrl: '/api', clientSecret });
 * const session = await client.getSession(sessionId);
 */
export function createCheckoutClient(options: CheckoutClientOptions): CheckoutClient {
  const transport = createTransport(options);
  const { request } = transport;
  return {
    ...sessionMethods(transport),
    createSession: (body, opts) =>
      request('POST', '/checkout_session', createdSessionSchema, body, opts),
    // An undefined ttl_seconds is left out by JSON.stringify (the server's default applies).
    createSupportToken: (id, { actor, ttlSeconds }, opts) =>
      request(
        'POST',
        `${sessionPath(id)}/support_tokens`,
        supportTokenSchema,
        { actor, ttl_seconds: ttlSeconds },
        opts,
      ),
  };
}

/**
 * The session calls alone, for a browser that holds a client secret or a support token (the
 * widget builds its own client with this): the merchant-only calls, which would be refused
 * with such a credential anyway, stay out of the storefront's bundle.
 * @example const client = createCheckoutSessionClient({ baseUrl: '/api', clientSecret });
 */
export function createCheckoutSessionClient(options: CheckoutClientOptions): CheckoutSessionClient {
  return sessionMethods(createTransport(options));
}

type Transport = ReturnType<typeof createTransport>;

function sessionMethods({ baseUrl, request }: Transport): CheckoutSessionClient {
  return {
    baseUrl,
    getSession: (id, opts) => request('GET', sessionPath(id), sessionSchema, undefined, opts),
    updateSession: (id, body, opts) => request('PATCH', sessionPath(id), sessionSchema, body, opts),
    confirm: (id, body, opts) =>
      request('POST', `${sessionPath(id)}/confirm`, sessionSchema, body, opts),
    summary: async (body, opts) =>
      (await request('POST', '/checkout_session/summary', summaryResponseSchema, body, opts))
        .estimates,
    getCatalog: (opts) => request('GET', '/catalog', catalogSchema, undefined, opts),
  };
}

/** The path of one session's resource. */
const sessionPath = (id: string) => `/checkout_session/${encodeURIComponent(id)}`;

/** Fetch, auth and parsing, shared by every call. */
function createTransport(options: CheckoutClientOptions) {
  // Strict CSPs forbid `new Function`; zod must never probe for it (spec: jitless before parsing).
  z.config({ jitless: true });
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function token(): Promise<string> {
    return options.clientSecret ?? (await options.getToken?.()) ?? '';
  }

  async function request<T>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    schema: z.ZodMiniType<T>,
    body: unknown,
    opts: WriteOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = {
      Accept: json,
      Authorization: `Bearer ${await token()}`,
    };
    if (body !== undefined) headers['Content-Type'] = json;
    if (opts.ifMatch !== undefined) headers['If-Match'] = `"${opts.ifMatch}"`;
    if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;

    let response: Response;
    let data: unknown;
    try {
      response = await doFetch(baseUrl + path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: opts.signal ?? null,
      });
      const text = await response.text();
      try {
        data = JSON.parse(text);
      } catch {}
    } catch (error) {
      if (opts.signal?.aborted || (error as Error)?.name === 'AbortError') throw error;
      throw new CheckoutNetworkError('Service unreachable.', { cause: error });
    }

    const { status } = response;
    const parsed = (response.ok ? schema : errorBodySchema).safeParse(data);
    if (!parsed.success) {
      // An answer this client does not understand. An error page is a gateway's, not the API's:
      // the request may never have arrived, so retrying is right.
      if (response.ok)
        throw new CheckoutApiError({ status, code: 'internal_error', message: 'Bad answer.' });
      throw new CheckoutNetworkError(`Service answered ${status}.`, { status });
    }
    if (response.ok) return parsed.data as T;
    const { error } = parsed.data as z.infer<typeof errorBodySchema>;
    // code, message and details as sent; `error.status` is the session's, `status` the HTTP one.
    throw new CheckoutApiError({ ...error, status, sessionStatus: error.status });
  }

  return { baseUrl, request };
}
