import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { nodeListenerFor } from './createNodeListener.js';
import {
  type AppOptions,
  createRequestHandler,
  type HttpResponse,
  type TransportFailure,
} from './createRequestHandler.js';

/** How long a client may take, and how many may be connected at once (docs/server.md). */
export interface ServerLimits {
  /** From connecting to the end of the request headers (default 10 s). */
  headersTimeoutMs?: number;
  /** From connecting to the end of the request body (default 30 s); then 408. */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this (default 5 s). */
  keepAliveTimeoutMs?: number;
  /** Open connections beyond this are closed at once (default 1000). */
  maxConnections?: number;
}

export const defaultServerLimits: Required<ServerLimits> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1000,
};

const reasons: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  413: 'Content Too Large',
  431: 'Request Header Fields Too Large',
};

/**
 * The reference server's `node:http` server (not yet listening): the request listener plus the
 * transport's own limits. A client that sends its headers or body too slowly gets a JSON 408
 * `request_timeout`, one whose request Node cannot parse a JSON 400 `invalid_request` (431
 * `headers_too_large` for oversized headers), each with a log line; connections beyond
 * `maxConnections` are closed at once, counted in one warning line per second at most.
 * @example createNodeServer({ store, catalog, secretKey }).listen(8787);
 */
export function createNodeServer(options: AppOptions, limits: ServerLimits = {}): Server {
  const settings = { ...defaultServerLimits, ...limits };
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxConnections } = settings;
  const handle = createRequestHandler(options);
  const server = createServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      // How often Node looks for requests past those timeouts (default 30 s, far too coarse).
      connectionsCheckingInterval: Math.min(1000, Math.max(100, headersTimeoutMs / 4)),
    },
    nodeListenerFor(handle),
  );
  server.maxConnections = maxConnections;

  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const failure = clientFailure(error, settings);
    // A response already under way (or a socket already gone) cannot take another one.
    const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage
      ?.headersSent;
    if (!failure || !socket.writable || started) {
      socket.destroy();
      return;
    }
    // A HEAD request must get no body, or the client reads it as the next response.
    const packet = (error as { rawPacket?: Buffer }).rawPacket;
    const head = packet?.toString('latin1', 0, 5) === 'HEAD ';
    socket.end(rawResponse(handle.refuse(head ? 'HEAD' : '-', '-', failure), head));
  });

  let dropped = 0;
  let lastWarning = 0;
  const log = options.logger;
  server.on('drop', () => {
    dropped++;
    const now = Date.now();
    if (now - lastWarning < 1000) return;
    lastWarning = now;
    const line = { level: 'warn', msg: 'connections_dropped', count: dropped, maxConnections };
    if (log) log(line);
    else process.stdout.write(`${JSON.stringify(line)}\n`);
    dropped = 0;
  });
  return server;
}

/** The answer to an error Node raised before the listener saw a request; null: just close. */
function clientFailure(
  error: NodeJS.ErrnoException,
  { headersTimeoutMs, requestTimeoutMs }: Required<ServerLimits>,
): TransportFailure | null {
  switch (error.code) {
    case 'ECONNRESET':
    case 'EPIPE':
      return null;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        code: 'request_timeout',
        message: `The request was not received in time (headers within ${headersTimeoutMs / 1000} s, the whole request within ${requestTimeoutMs / 1000} s).`,
      };
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: 'headers_too_large',
        message: 'The request headers are too large.',
      };
    default:
      return {
        status: 400,
        code: 'invalid_request',
        message: `The request is not valid HTTP (${error.code ?? 'parse error'}).`,
      };
  }
}

/** An HTTP/1.1 response as bytes, for a socket the HTTP server has given up on. */
function rawResponse(response: HttpResponse, head: boolean): string {
  // Answers of the server itself: text (a list of chunks only ever carries a session).
  const body =
    typeof response.body === 'string'
      ? response.body
      : Buffer.concat(response.body ?? []).toString();
  const lines = [`HTTP/1.1 ${response.status} ${reasons[response.status] ?? 'Error'}`];
  for (const [name, value] of Object.entries(response.headers)) lines.push(`${name}: ${value}`);
  lines.push(`content-length: ${Buffer.byteLength(body)}`, 'connection: close');
  return `${lines.join('\r\n')}\r\n\r\n${head ? '' : body}`;
}
