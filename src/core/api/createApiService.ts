import type { Catalog } from '../catalog.js';
import type { Failure } from '../errors.js';
import {
  createSession,
  effectiveStatus,
  parseCreateRequest,
  parseSummaryRequest,
  type RuleContext,
  summarize,
} from '../rules/index.js';
import type { Session } from '../session.js';
import type { ApiRequest, ApiResponse } from './apiRequest.js';
import { authenticate, type Caller } from './authenticate.js';
import { createSecrets, type Sha256HexSync, type WebCrypto } from './createSecrets.js';
import { createSummaryCache } from './createSummaryCache.js';
import { claimOf, rememberIdempotent, replayIdempotent } from './idempotency.js';
import { matchRoute } from './matchRoute.js';
import { mintSupportToken } from './mintSupportToken.js';
import { newRequestId } from './newRequestId.js';
import { openApiDocument } from './openApiDocument.js';
import { expectedVersion, type IfMatch, parseIfMatch } from './parseIfMatch.js';
import { readJsonBody } from './readJsonBody.js';
import {
  failureResponse,
  invalidSessionId,
  jsonResponse,
  sessionNotFound,
  sessionResponse,
  storageUnavailable,
  unauthorized,
  withRequestId,
} from './responses.js';

export { storageRetryAfterSeconds } from './responses.js';

import { StorageUnavailableError, type Store } from './store.js';
import { confirmEndpoint, updateEndpoint, type WriteEndpoint } from './writeEndpoints.js';

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
   * A synchronous SHA-256 (hex) to hash with instead of `crypto.subtle.digest`, which costs a
   * thread-pool round trip per call; the server passes node:crypto's (see createSecrets).
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

/** One request on its way through the service. */
interface Call {
  request: ApiRequest;
  caller: Caller;
  now: Date;
  requestId: string;
}

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
  const crypto = options.crypto ?? globalThis.crypto;
  const secrets = createSecrets(crypto, options.sha256Hex);
  // Hashed once, for the life of the service.
  const secretKeyHash = secrets.sha256Hex(options.secretKey);

  async function route(request: ApiRequest, requestId: string): Promise<ApiResponse> {
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
    const caller = await authenticate(
      request.headers.authorization,
      await secretKeyHash,
      secrets,
      store,
      now,
    );
    if (!caller) {
      return unauthorized(
        'Send a valid secret key, client secret or unexpired support token as a Bearer token.',
      );
    }
    const call: Call = { request, caller, now, requestId };
    switch (route.kind) {
      case 'create':
        return create(call);
      case 'summary':
        return summary(request, caller, now);
      case 'read':
        return read(route.id, caller, now);
      case 'update':
        return write(call, route.id, updateEndpoint);
      case 'confirm':
        return write(call, route.id, confirmEndpoint);
      case 'support_tokens': {
        if (caller.actor !== 'merchant') {
          return unauthorized('Minting a support token needs the secret key.');
        }
        const id = sessionIdOf(route.id);
        return id
          ? mintSupportToken(request, id, caller, { store, secrets, now })
          : invalidSessionId();
      }
    }
  }

  async function create({ request, caller, now, requestId }: Call): Promise<ApiResponse> {
    if (caller.actor !== 'merchant')
      return unauthorized('Creating a session needs the secret key.');
    const body = readJsonBody(request.body, request.headers.contentType);
    if (!body.ok) return failureResponse(body.failure);
    const parsed = parseCreateRequest(body.json);
    if (!parsed.ok) return failureResponse(parsed.failure);
    const claim = await claimOf(request, `create:${caller.credentialHash}`, body.json, secrets);
    if (claim && 'status' in claim) return claim;
    return store.transaction(async (tx) => {
      if (claim) {
        const replay = await replayIdempotent(tx, claim, now);
        if (replay) return replay;
      }
      const id = secrets.newSessionId();
      const ctx: RuleContext = { catalog, now, actor: 'merchant', actorName: null, requestId };
      const created = createSession(parsed.value, ctx, id);
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
    if (caller.actor === 'client' && effectiveStatus(caller.session, now) !== 'open') {
      return unauthorized('This client secret belongs to a session that is no longer open.');
    }
    const key = summaries.keyOf(request, caller.actor, now);
    const known = key === null ? undefined : summaries.answer(key, now);
    if (known) return known;
    const body = readJsonBody(request.body, request.headers.contentType);
    if (!body.ok) return failureResponse(body.failure);
    const parsed = parseSummaryRequest(body.json);
    if (!parsed.ok) return failureResponse(parsed.failure);
    const result = summarize(parsed.value, { catalog, now });
    if (!result.ok) return failureResponse(result.failure);
    if (key !== null) summaries.remember(key, result.estimates);
    return jsonResponse(200, { estimates: result.estimates });
  }

  async function read(rawId: string, caller: Caller, now: Date): Promise<ApiResponse> {
    const id = sessionIdOf(rawId);
    if (!id) return invalidSessionId();
    if (caller.actor !== 'merchant' && caller.sessionId !== id) return sessionNotFound(id);
    const stored = await store.get(id);
    if (!stored) return sessionNotFound(id);
    return sessionResponse(200, withEffectiveStatus(stored.session, now));
  }

  /** PATCH and confirm, in the order of api.md: 400 → 404 → 403 → replay → 409 → 412 → 422. */
  async function write<T>(
    call: Call,
    rawId: string,
    endpoint: WriteEndpoint<T>,
  ): Promise<ApiResponse> {
    const { request, caller, now, requestId } = call;
    const id = sessionIdOf(rawId);
    if (!id) return invalidSessionId();
    const body = readJsonBody(request.body, request.headers.contentType);
    if (!body.ok) return failureResponse(body.failure);
    const parsed = endpoint.parse(body.json);
    if (!parsed.ok) return failureResponse(parsed.failure);
    const path = `/checkout_session/${id}${endpoint.suffix}`;
    const claim = await claimOf(
      request,
      `session:${id}:${endpoint.method}:${path}`,
      body.json,
      secrets,
    );
    if (claim && 'status' in claim) return claim;
    if (caller.actor !== 'merchant' && caller.sessionId !== id) return sessionNotFound(id);
    const denied = endpoint.guard(parsed.value, caller.actor);
    const ifMatch = parseIfMatch(request.headers.ifMatch);
    const apply = endpoint.rule(parsed.value, secrets);
    return store.transaction(async (tx) => {
      const stored = await tx.getForUpdate(id);
      if (!stored) return sessionNotFound(id);
      if (denied) return failureResponse(denied);
      if (claim) {
        const replay = await replayIdempotent(tx, claim, now);
        if (replay) return replay;
      }
      const ctx: RuleContext = {
        catalog,
        now,
        actor: caller.actor,
        actorName: caller.actor === 'support' ? caller.actorName : null,
        requestId,
      };
      const version = expectedVersion(ifMatch, stored.session.version);
      const result = await apply(stored.session, ctx, version);
      if (!result.ok) return failureResponse(explainIfMatch(result.failure, ifMatch));
      await tx.update({ session: result.session, secretHash: stored.secretHash });
      const response = sessionResponse(200, result.session);
      if (claim) await rememberIdempotent(tx, claim, response, id, now);
      return response;
    });
  }

  return {
    async handle(request) {
      const requestId = request.requestId ?? newRequestId(crypto);
      let response: ApiResponse;
      try {
        response = await route(request, requestId);
      } catch (error) {
        if (error instanceof StorageUnavailableError) response = storageUnavailable();
        else {
          options.onInternalError?.(error, request);
          response = failureResponse({
            httpStatus: 500,
            code: 'internal_error',
            message: 'Something went wrong on our side; nothing was changed unless a 2xx said so.',
          });
        }
      }
      return withRequestId(response, requestId);
    },
  };
}

function sessionIdOf(raw: string): string | null {
  return uuidPattern.test(raw) ? raw.toLowerCase() : null;
}

function withEffectiveStatus(session: Readonly<Session>, now: Date): Readonly<Session> {
  const status = effectiveStatus(session, now);
  return status === session.status ? session : { ...session, status };
}

/** The rules only see a version that cannot match; say what was actually wrong with the header. */
function explainIfMatch(failure: Failure, ifMatch: IfMatch): Failure {
  if (failure.code !== 'version_conflict' || ifMatch.kind === 'versions') return failure;
  return { ...failure, message: 'If-Match must be a strong entity tag like "3", or *.' };
}
