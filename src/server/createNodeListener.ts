import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { getPath } from 'hono/utils/url';
import { honoAppFor } from './createApp.js';
import {
  type AppOptions,
  createRequestHandler,
  type HttpResponse,
  type RequestHandler,
  webResponse,
} from './createRequestHandler.js';
import { nodeRequestHeaders } from './nodeRequestHeaders.js';
import { readIncomingBody } from './readIncomingBody.js';

// When the front door may skip the Hono adapter: an origin-form target of plain characters (no
// %-escapes, no backslash) without dot segments, and a plain Host, which @hono/node-server takes
// as it is (src/url.ts there: it builds no URL object for them). A subset of what the adapter
// passes through; anything else goes through the adapter itself. test/server/createNodeListener
// .test.ts holds both to the same answers for any target, Host, method and body.
const plainTarget = /^\/[!#$&-;=?-[\]_a-z~]*$/;
const dotSegment = /\/\.\.?(?:[/?#]|$)/;
const plainHost = /^[a-z0-9._-]+(?::(?:[1-5]\d{3,4}|[6-9]\d{3}))?$/;

/**
 * The reference server as a `node:http` request listener: what `startServer` (`npm run server`)
 * runs. A request whose target and Host Hono's Node adapter would take as they are (nearly all)
 * goes straight to createRequestHandler, its path made by Hono's own `getPath` (hono/utils/url,
 * what `c.req.path` uses), without building a web Request, a Hono context and a Response for it:
 * 7–12 % of the CPU of a summary request under load (docs/performance.md). Anything else
 * (%-escapes, dot segments, absolute-form targets, an unusual Host) goes through the Hono app,
 * so paths are decoded exactly as createApp does; a target or Host it cannot make a URL of is a
 * JSON 400 `invalid_request` with a log line.
 * @example createServer(createNodeListener({ store, catalog, secretKey })).listen(8787);
 */
export function createNodeListener(options: AppOptions): RequestListener {
  return nodeListenerFor(createRequestHandler(options));
}

/** The listener around a handler (createNodeServer shares its handler with one). */
export function nodeListenerFor(handle: RequestHandler): RequestListener {
  const fetch = honoAppFor(handle).fetch;
  const write = createBatchedWriter();
  return (req: IncomingMessage, res: ServerResponse) => {
    const target = req.url ?? '';
    const host = req.headers.host;
    if (!plainTarget.test(target) || dotSegment.test(target) || !host || !plainHost.test(host)) {
      // Built per request (a few closures) only for these rare targets: the error handler
      // needs this request's method and target for its answer and log line.
      const viaHono = getRequestListener(fetch, {
        errorHandler: (error) => webResponse(malformed(handle, req, error)),
      });
      return viaHono(req, res);
    }
    handle({
      method: (req.method ?? 'GET').toUpperCase(),
      // The URL the adapter would build for this target, read by Hono's getPath (it reads `url`).
      path: getPath({ url: `http://${host}${target}` } as Request),
      headers: nodeRequestHeaders(req),
      readBody: async (limit) => {
        const body = await readIncomingBody(req, limit);
        if (body.kind === 'text' && body.text.length > largeRequestChars) await giveWay();
        return body;
      },
    }).then(
      (response) => write(res, response),
      // The handler answers every error itself; this cannot run.
      (error: unknown) => res.destroy(error as Error),
    );
  };
}

// Large work gives way: a request body over largeRequestChars is handled, and an answer over
// largeAnswerBytes written, only after one whole turn of the event loop (giveWay), so the small
// requests that arrived meanwhile go first. One caller's ~40 KB PATCHes of a session with a ~5 MB
// audit trail each held the one thread for ~4 ms at a stretch; with this, the other sessions'
// update p99 during that attack fell from 2.13× to 1.73× of their quiet p99 (medians of five
// paired runs of bench/bloat.mjs, docs/performance.md). Nothing a shopper's edit sends or gets
// back is that large: a session with its whole trail of 200 small changes is ~60 KB.
const largeRequestChars = 16 * 1024;
const largeAnswerBytes = 256 * 1024;

/**
 * Resolves after one whole turn of the event loop, its I/O included (two hops of
 * `setImmediate`: the first may run in the turn under way): what waits for it goes after the
 * requests that arrived meanwhile.
 */
const giveWay = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

/**
 * Writes answers in bursts: those ready within one turn of the event loop go to their sockets
 * together, right after it (`setImmediate`), in the order they were ready. Writing each one the
 * moment it was ready interleaved socket writes with the next requests' work, and under load
 * each write then paid to wake a client that had gone idle meanwhile: the summary with varied
 * bodies took 83 µs of CPU per request, 62 µs in bursts, and served 33 % more requests a second
 * (docs/performance.md). The delay is at most the rest of that turn. An answer over
 * largeAnswerBytes gives way: it is written after a whole turn more. Each socket still gets its
 * answers in order (Node queues a socket's responses); one failing write fails only its own
 * response. test/server/batchedWriter.test.ts holds all of it.
 */
export function createBatchedWriter(): (res: ServerResponse, response: HttpResponse) => void {
  let pending: [ServerResponse, HttpResponse][] = [];
  const writeAll = (batch: [ServerResponse, HttpResponse][]) => {
    for (const [res, response] of batch) {
      try {
        writeResponse(res, response);
      } catch (error) {
        res.destroy(error as Error);
      }
    }
  };
  const flush = () => {
    const batch = pending;
    pending = [];
    const now: typeof batch = [];
    const large: typeof batch = [];
    for (const item of batch) (bodyBytes(item[1].body) > largeAnswerBytes ? large : now).push(item);
    writeAll(now);
    if (large.length > 0) giveWay().then(() => writeAll(large));
  };
  return (res, response) => {
    if (pending.push([res, response]) === 1) setImmediate(flush);
  };
}

/** An answer body's size: the bytes of its chunks, or the length of its text. */
function bodyBytes(body: HttpResponse['body']): number {
  if (body === null) return 0;
  if (typeof body === 'string') return body.length;
  let length = 0;
  for (const chunk of body) length += chunk.byteLength;
  return length;
}

// Above this many characters a text body is sent as a Buffer: Node prepends the headers to a
// string body (a copy of it) before encoding it (another), which for a 5 MB body blocked the
// event loop ~6 ms against ~2 ms (docs/performance.md, storage attack). Small bodies stay strings.
// (Sessions with an audit trail come as byte chunks already: createJsonBody.)
const bufferBodyChars = 64 * 1024;

/** Writes a handler's answer to Node's response. */
export function writeResponse(res: ServerResponse, response: HttpResponse): void {
  const headers: Record<string, string | number> = response.headers;
  const { body } = response;
  if (body === null || (typeof body === 'string' && body.length <= bufferBodyChars)) {
    if (body !== null) headers['content-length'] = Buffer.byteLength(body);
    res.writeHead(response.status, headers);
    res.end(body ?? undefined);
    return;
  }
  const chunks = typeof body === 'string' ? [Buffer.from(body)] : body;
  headers['content-length'] = bodyBytes(chunks);
  res.writeHead(response.status, headers);
  // Corked, the chunks leave in one writev when end() uncorks: no copy of a 5 MB body to join
  // its ~200 chunks first (1.1–1.4 ms instead of 2.3 of the event loop, docs/performance.md).
  res.cork();
  for (const chunk of chunks) res.write(chunk);
  res.end();
}

/** The 400 for a target or Host the Hono adapter could not make a URL of. */
function malformed(handle: RequestHandler, req: IncomingMessage, error: unknown): HttpResponse {
  const reason = error instanceof Error ? error.message : 'Invalid URL';
  return handle.refuse(
    req.method ?? '-',
    req.url ?? '-',
    {
      status: 400,
      code: 'invalid_request',
      message: `The request target or Host header is malformed (${reason}).`,
    },
    req.headers.origin,
  );
}
