const allowMethods = 'GET, POST, PATCH, OPTIONS';
const allowHeaders = 'Authorization, Content-Type, If-Match, Idempotency-Key';
const exposeHeaders = 'ETag, Idempotent-Replayed, Request-Id';

/** The CORS headers of the server's responses, computed when a response is built. */
export interface CorsPolicy {
  /** Headers for an ordinary response to a request sent with this Origin header (or none). */
  responseHeaders(origin: string | undefined): Record<string, string>;
  /** Headers of the 204 answering a preflight sent with this Origin header (or none). */
  preflightHeaders(origin: string | undefined): Record<string, string>;
}

/**
 * CORS for the listed origins only (`*` allows any). Preflights from a listed origin get 204 with
 * the methods and headers the API uses; any other origin gets no CORS headers, so the browser
 * blocks it. No credentials mode: auth travels in the Authorization header, not cookies. With
 * any origin listed, every response says `Vary: Origin`; with none, no response depends on it.
 * @example corsPolicy(['https://shop.example']).responseHeaders('https://shop.example')
 */
export function corsPolicy(origins: readonly string[]): CorsPolicy {
  const any = origins.includes('*');
  const listed = new Set(origins.map((origin) => origin.replace(/\/+$/, '')));
  const allowed = (origin: string | undefined): origin is string =>
    origin !== undefined && (any || listed.has(origin));
  // With no origin listed no answer depends on Origin, so none says it varies by it; with CORS on,
  // every answer does (a cache must not hand one origin's answer to another).
  const varies: Record<string, string> = origins.length > 0 ? { vary: 'Origin' } : {};
  const plain = Object.freeze(varies);
  return {
    responseHeaders(origin) {
      if (!allowed(origin)) return plain;
      return {
        vary: 'Origin',
        'access-control-allow-origin': origin,
        'access-control-expose-headers': exposeHeaders,
      };
    },
    preflightHeaders(origin) {
      if (!allowed(origin)) return plain;
      return {
        vary: 'Origin',
        'access-control-allow-origin': origin,
        'access-control-allow-methods': allowMethods,
        'access-control-allow-headers': allowHeaders,
        'access-control-max-age': '600',
      };
    },
  };
}
