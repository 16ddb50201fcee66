import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import {
  type AppOptions,
  createRequestHandler,
  type RequestHandler,
  type RequestHeaders,
  webResponse,
} from './createRequestHandler.js';
import { nodeRequestHeaders } from './nodeRequestHeaders.js';
import { readCappedBody } from './readCappedBody.js';
import { readIncomingBody } from './readIncomingBody.js';

export type { AppOptions } from './createRequestHandler.js';
export type { LogLine } from './jsonLineLogger.js';

/**
 * The reference server as a Hono app, to mount in a Hono application or call with
 * `app.request()`. One catch-all route hands every request to createRequestHandler; under
 * `@hono/node-server` headers and body come straight from Node's IncomingMessage
 * (`c.env.incoming`), elsewhere from the web Request. The response is built once, with plain
 * headers, which the Node adapter writes to the socket as they are.
 * @example const app = createApp({ store, catalog, secretKey }); await app.request('/catalog');
 */
export function createApp(options: AppOptions): Hono {
  return honoAppFor(createRequestHandler(options));
}

/** The Hono app around a handler (createNodeListener shares its handler with one). */
export function honoAppFor(handle: RequestHandler): Hono {
  const app = new Hono();
  app.all('*', async (c) => {
    // Set by @hono/node-server; absent under app.request() and on other runtimes.
    const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
    const response = await handle({
      method: (incoming?.method ?? c.req.method).toUpperCase(),
      path: c.req.path,
      headers: incoming ? nodeRequestHeaders(incoming) : headersOf(c.req.raw),
      readBody: (limit) =>
        incoming ? readIncomingBody(incoming, limit) : readCappedBody(c.req.raw, limit),
    });
    return webResponse(response);
  });
  return app;
}

function headersOf(request: Request): RequestHeaders {
  const get = (name: string) => request.headers.get(name) ?? undefined;
  return {
    authorization: get('authorization'),
    'content-type': get('content-type'),
    'if-match': get('if-match'),
    'idempotency-key': get('idempotency-key'),
    origin: get('origin'),
    'access-control-request-method': get('access-control-request-method'),
    traceparent: get('traceparent'),
  };
}
