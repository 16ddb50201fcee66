import type { Catalog } from '../catalog.js';
import type { Failure } from '../errors.js';
import type { ConfirmRequest, UpdateRequest } from '../requests.js';
import {
  applyUpdate,
  confirmSession,
  createSession,
  effectiveStatus,
  parseConfirmRequest,
  parseCreateRequest,
  parseSummaryRequest,
  parseUpdateRequest,
  type RuleContext,
  summarize,
} from '../rules/index.js';
import type { Session } from '../session.js';
import type { ApiRequest, ApiResponse } from './apiRequest.js';
import { authenticate, type Caller } from './authenticate.js';
import { canonicalJson } from './canonicalJson.js';
import { createSecrets, type Sha256HexSync, type WebCrypto } from './createSecrets.js';
import { createSummaryCache } from './createSummaryCache.js';
import {
  type IdempotencyClaim,
  isValidIdempotencyKey,
  rememberIdempotent,
  replayIdempotent,
} from './idempotency.js';
import { matchRoute } from './matchRoute.js';
import { openApiDocument } from './openApiDocument.js';
import { expectedVersion, type IfMatch, parseIfMatch } from './parseIfMatch.js';
import { readJsonBody } from './readJsonBody.js';
import {
  failureResponse,
  jsonResponse,
  sessionNotFound,
  sessionResponse,
  unauthorized,
} from './responses.js';
import { type SessionCredentials, StorageUnavailableError, type Store } from './store.js';

/** What the API service runs on; everything with a side effect is injected. */
export interface ApiServiceOptions {
  store: Store;
  /** A catalog that passed validateCatalog. */
  catalog: Catalog;
  /** The merchant's secret key (`CHECKOUT_SECRET_KEY`). */
  secretKey: string;
  /** Defaults to `() => new Date()`. */
  clock?: () => Date;
  /** Web Crypto; defaults to `globalThis.crypto` (Node 20 and browsers). */
  crypto?: WebCrypto;
  /**
   * A synchronous SHA-256 (hex) to use instead of `crypto.subtle.digest`, which costs a
   * thread-pool round trip per call; the server passes node:crypto's.
   */
  sha256Hex?: Sha256HexSync;
  /**
   * How many distinct summary requests to remember the answer to (default 1000; 0 for none);
   * see createSummaryCache.
   */
  summaryCacheSize?: number;
  /** Called with anything that escaped as a 500; there should be none. */
  onInternalError?: (error: unknown, request: ApiRequest) => void;
}

/** The whole HTTP API without the HTTP: the server and the mock are adapters around `handle`. */
export interface ApiService {
  /** Answers one request; never throws (an unexpected error becomes a 500 JSON error). */
  handle(request: ApiRequest): Promise<ApiResponse>;
}

type SessionWrite = (
  session: Session,
  ctx: RuleContext,
  ifMatch: number | undefined,
) => { ok: true; session: Session } | { ok: false; failure: Failure };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Creates the API service. It owns routing, the order of checks, auth, idempotency and ETags;
 * the rules decide what a request means, the store keeps the result.
 * @example const api = createApiService({ store, catalog, secretKey: 'sk_test_…' });
 *          const res = await api.handle({ method: 'GET', path: '/catalog', headers: {}, body: { kind: 'none' } });
 */
export function createApiService(options: ApiServiceOptions): ApiService {
  const { store, catalog } = options;
  const clock = options.clock ?? (() => new Date());
  const summaries = createSummaryCache(options.summaryCacheSize ?? 1000);
  const secrets = createSecrets(options.crypto ?? globalThis.crypto, options.sha256Hex);
  // Hashed once; with a synchronous digest it is a string from the start (no await per request).
  let secretKeyHash = secrets.sha256Hex(options.secretKey);
  if (typeof secretKeyHash !== 'string') {
    secretKeyHash.then(
      (hash) => {
        secretKeyHash = hash;
      },
      () => {},
    );
  }

  async function route(request: ApiRequest): Promise<ApiResponse> {
    const route = matchRoute(request.method, request.path);
    switch (route.kind) {
      case 'not_found':
        return failureResponse({
          httpStatus: 404,
          code: 'not_found',
          message: 'No such endpoint.',
        });
      case 'method_not_allowed': {
        const response = failureResponse({
          httpStatus: 405,
          code: 'method_not_allowed',
          message: `Use ${route.allow.join(' or ')} on this path.`,
        });
        response.headers.allow = route.allow.join(', ');
        return response;
      }
      case 'catalog':
        return jsonResponse(200, catalog);
      case 'openapi':
        return jsonResponse(200, openApiDocument());
    }
    const now = clock();
    const authenticated = authenticate(
      request.headers.authorization,
      typeof secretKeyHash === 'string' ? secretKeyHash : await secretKeyHash,
      secrets,
      store,
    );
    const caller = authenticated instanceof Promise ? await authenticated : authenticated;
    if (!caller) return unauthorized('Send a valid secret key or client secret as a Bearer token.');
    switch (route.kind) {
      case 'create':
        return create(request, caller, now);
      case 'summary':
        return summary(request, caller, now);
      case 'read':
        return read(route.id, caller, now);
      case 'update':
        return write(request, route.id, caller, now, 'PATCH', parseUpdateRequest, (req) =>
          updateWith(req),
        );
      case 'confirm':
        return write(request, route.id, caller, now, 'POST', parseConfirmRequest, (req) =>
          confirmWith(req),
        );
    }
  }

  async function create(request: ApiRequest, caller: Caller, now: Date): Promise<ApiResponse> {
    if (caller.actor !== 'merchant')
      return unauthorized('Creating a session needs the secret key.');
    const body = readJsonBody(request.body, request.headers.contentType);
    if (!body.ok) return failureResponse(body.failure);
    const parsed = parseCreateRequest(body.json);
    if (!parsed.ok) return failureResponse(parsed.failure);
    const claim = await claimOf(request, `create:${caller.credentialHash}`, body.json);
    if (claim && 'status' in claim) return claim;
    return store.transaction(async (tx) => {
      if (claim) {
        const replay = await replayIdempotent(tx, claim, now);
        if (replay) return replay;
      }
      const id = secrets.newSessionId();
      const created = createSession(parsed.value, { catalog, now, actor: 'merchant' }, id);
      if (!created.ok) return failureResponse(created.failure);
      const clientSecret = secrets.newClientSecret(id);
      await tx.insert({
        session: created.session,
        secretHash: await secrets.sha256Hex(clientSecret),
      });
      const response = sessionResponse(201, { ...created.session, client_secret: clientSecret });
      if (claim) await rememberIdempotent(tx, claim, response, id, now);
      return response;
    });
  }

  function summary(request: ApiRequest, caller: Caller, now: Date): ApiResponse {
    if (caller.actor === 'client' && !isOpenAt(caller.credentials, now)) {
      return unauthorized('This client secret belongs to a session that is no longer open.');
    }
    const key = summaries.keyOf(request, caller.actor, now);
    const known = key === null ? undefined : summaries.answer(key, now);
    if (known) return known;
    const body = readJsonBody(request.body, request.headers.contentType);
    if (!body.ok) return failureResponse(body.failure);
    const parsed = parseSummaryRequest(body.json);
    if (!parsed.ok) return failureResponse(parsed.failure);
    const result = summarize(parsed.value, { catalog, now, actor: caller.actor });
    if (!result.ok) return failureResponse(result.failure);
    if (key !== null) summaries.remember(key, result.estimates);
    return jsonResponse(200, { estimates: result.estimates });
  }

  async function read(rawId: string, caller: Caller, now: Date): Promise<ApiResponse> {
    const id = sessionIdOf(rawId);
    if (!id) return invalidSessionId();
    if (caller.actor === 'client' && caller.sessionId !== id) return sessionNotFound(id);
    const stored = await store.get(id);
    if (!stored) return sessionNotFound(id);
    return sessionResponse(200, withEffectiveStatus(stored.session, now));
  }

  /** PATCH and confirm: the same checks around a different rule. */
  async function write<T>(
    request: ApiRequest,
    rawId: string,
    caller: Caller,
    now: Date,
    method: 'PATCH' | 'POST',
    parse: (json: unknown) => { ok: true; value: T } | { ok: false; failure: Failure },
    rule: (req: T) => SessionWrite,
  ): Promise<ApiResponse> {
    const id = sessionIdOf(rawId);
    if (!id) return invalidSessionId();
    const body = readJsonBody(request.body, request.headers.contentType);
    if (!body.ok) return failureResponse(body.failure);
    const parsed = parse(body.json);
    if (!parsed.ok) return failureResponse(parsed.failure);
    const path = method === 'PATCH' ? `/checkout_session/${id}` : `/checkout_session/${id}/confirm`;
    const claim = await claimOf(request, `session:${id}:${method}:${path}`, body.json);
    if (claim && 'status' in claim) return claim;
    if (caller.actor === 'client' && caller.sessionId !== id) return sessionNotFound(id);
    const ifMatch = parseIfMatch(request.headers.ifMatch);
    const apply = rule(parsed.value);
    return store.transaction(async (tx) => {
      const stored = await tx.getForUpdate(id);
      if (!stored) return sessionNotFound(id);
      if (claim) {
        const replay = await replayIdempotent(tx, claim, now);
        if (replay) return replay;
      }
      const ctx: RuleContext = { catalog, now, actor: caller.actor };
      const result = apply(stored.session, ctx, expectedVersion(ifMatch, stored.session.version));
      if (!result.ok) return failureResponse(explainIfMatch(result.failure, ifMatch));
      await tx.update({ session: result.session, secretHash: stored.secretHash });
      const response = sessionResponse(200, result.session);
      if (claim) await rememberIdempotent(tx, claim, response, id, now);
      return response;
    });
  }

  /** The Idempotency-Key claim of a request, null without a key, or the 400 for a bad key. */
  async function claimOf(
    request: ApiRequest,
    scope: string,
    json: unknown,
  ): Promise<IdempotencyClaim | ApiResponse | null> {
    const key = request.headers.idempotencyKey;
    if (key === undefined) return null;
    if (!isValidIdempotencyKey(key)) {
      return failureResponse({
        httpStatus: 400,
        code: 'invalid_request',
        message: 'Idempotency-Key must be 1 to 255 characters.',
        details: [
          { path: 'Idempotency-Key', code: 'too_long', message: 'At most 255 characters.' },
        ],
      });
    }
    return { scope, key, requestHash: await secrets.sha256Hex(canonicalJson(json ?? null)) };
  }

  return {
    // route is async, so every failure arrives as a rejection.
    handle: (request) =>
      route(request).catch((error: unknown) => {
        if (error instanceof StorageUnavailableError) return storageUnavailable();
        options.onInternalError?.(error, request);
        return failureResponse({
          httpStatus: 500,
          code: 'internal_error',
          message: 'Something went wrong on our side; nothing was changed unless a 2xx said so.',
        });
      }),
  };
}

function updateWith(req: UpdateRequest): SessionWrite {
  return (session, ctx, ifMatch) => {
    const result = applyUpdate(session, req, ctx, ifMatch === undefined ? {} : { ifMatch });
    return result.kind === 'rejected'
      ? { ok: false, failure: result.failure }
      : { ok: true, session: result.session };
  };
}

function confirmWith(req: ConfirmRequest): SessionWrite {
  return (session, ctx, ifMatch) =>
    confirmSession(session, req, ctx, ifMatch === undefined ? {} : { ifMatch });
}

function sessionIdOf(raw: string): string | null {
  return uuidPattern.test(raw) ? raw.toLowerCase() : null;
}

/** How long a client should wait before retrying after a 503 (seconds). */
export const storageRetryAfterSeconds = 2;

/** 503 `storage_unavailable`: the database cannot be reached right now; nothing was written. */
function storageUnavailable(): ApiResponse {
  const response = failureResponse({
    httpStatus: 503,
    code: 'storage_unavailable',
    message: 'Storage is unavailable right now; nothing was changed. Retry after a moment.',
  });
  response.headers['retry-after'] = String(storageRetryAfterSeconds);
  return response;
}

function invalidSessionId(): ApiResponse {
  return failureResponse({
    httpStatus: 400,
    code: 'invalid_session_id',
    message: 'A checkout session id is a UUID.',
  });
}

/** `effectiveStatus(session, now) === 'open'` for what authentication read of the session. */
function isOpenAt(credentials: SessionCredentials, now: Date): boolean {
  return credentials.status === 'open' && now.getTime() < Date.parse(credentials.expiresAt);
}

function withEffectiveStatus(session: Session, now: Date): Session {
  const status = effectiveStatus(session, now);
  return status === session.status ? session : { ...session, status };
}

/** The rules only see a version that cannot match; say what was actually wrong with the header. */
function explainIfMatch(failure: Failure, ifMatch: IfMatch): Failure {
  if (failure.code !== 'version_conflict' || ifMatch.kind === 'versions') return failure;
  return { ...failure, message: 'If-Match must be a strong entity tag like "3", or *.' };
}
