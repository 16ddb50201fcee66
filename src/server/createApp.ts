import { Hono } from 'hono';
import { maxBodyBytes } from '../core/api/apiRequest.js';
import { createApiService } from '../core/api/createApiService.js';
import type { WebCrypto } from '../core/api/createSecrets.js';
import type { Store } from '../core/api/store.js';
import type { Catalog } from '../core/catalog.js';
import { errorBody } from '../core/errors.js';
import { corsPolicy } from './corsPolicy.js';
import { readCappedBody } from './readCappedBody.js';

/** One structured log line; the server writes it as JSON. Never contains credentials. */
export type LogLine = Record<string, unknown>;

/** Options of {@link createApp}. */
export interface AppOptions {
  store: Store;
  /** A catalog that passed validateCatalog. */
  catalog: Catalog;
  secretKey: string;
  /** Origins allowed to call from a browser (`*` for any); default none. */
  corsOrigins?: readonly string[];
  clock?: () => Date;
  crypto?: WebCrypto;
  /** Receives one line per request and any internal error; default: JSON on stdout. */
  logger?: (line: LogLine) => void;
}

const readsBody = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
// A never-issued id: reading it proves the database answers without touching real data.
const probeId = '00000000-0000-4000-8000-000000000000';

/**
 * The reference server as a Hono app: an adapter that turns HTTP into the API service's
 * transport-free requests, plus CORS, /health and logging.
 * @example const app = createApp({ store, catalog, secretKey }); await app.request('/catalog');
 */
export function createApp(options: AppOptions): Hono {
  const log = options.logger ?? ((line: LogLine) => console.log(JSON.stringify(line)));
  const service = createApiService({
    store: options.store,
    catalog: options.catalog,
    secretKey: options.secretKey,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.crypto ? { crypto: options.crypto } : {}),
    onInternalError: (error, request) =>
      log({
        level: 'error',
        msg: 'internal_error',
        method: request.method,
        path: request.path,
        error: String(error),
        stack: (error as Error)?.stack,
      }),
  });
  const app = new Hono();

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    log({
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  app.use(corsPolicy(options.corsOrigins ?? []));

  app.all('/health', async (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.json(
        errorBody({
          httpStatus: 405,
          code: 'method_not_allowed',
          message: 'Use GET on this path.',
        }),
        405,
        { allow: 'GET' },
      );
    }
    try {
      await options.store.get(probeId);
      return c.json({ ok: true });
    } catch {
      return c.json({ ok: false }, 503);
    }
  });

  app.all('*', async (c) => {
    const method = c.req.method.toUpperCase();
    const body = readsBody(method)
      ? await readCappedBody(c.req.raw, maxBodyBytes)
      : ({ kind: 'none' } as const);
    const response = await service.handle({
      method,
      path: c.req.path,
      headers: {
        authorization: c.req.header('authorization'),
        contentType: c.req.header('content-type'),
        ifMatch: c.req.header('if-match'),
        idempotencyKey: c.req.header('idempotency-key'),
      },
      body,
    });
    const headers: Record<string, string> = { ...response.headers, 'cache-control': 'no-store' };
    // The rest of a refused upload is not worth reading: close instead of draining it.
    if (body.kind === 'too_large') headers.connection = 'close';
    return c.json(response.body as object, response.status as 200, headers);
  });

  app.onError((error, c) => {
    log({ level: 'error', msg: 'unhandled', path: c.req.path, error: String(error) });
    return c.json(
      errorBody({ httpStatus: 500, code: 'internal_error', message: 'Something went wrong.' }),
      500,
    );
  });
  return app;
}
