const allowMethods = 'GET, POST, PATCH, OPTIONS';
const allowHeaders = 'Authorization, Content-Type, If-Match, Idempotency-Key';
const exposeHeaders = 'ETag, Idempotent-Replayed';

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
 * blocks it. No credentials mode: auth travels in the Authorization header, not cookies. Every
 * response varies by Origin.
 * @example corsPolicy(['https://shop.example']).responseHeaders('https://shop.example')
 */
export function corsPolicy(origins: readonly string[]): CorsPolicy {
  const any = origins.includes('*');
  const listed = new Set(origins.map((origin) => origin.replace(/\/+$/, '')));
  const allowed = (origin: string | undefined): origin is string =>
    origin !== undefined && (any || listed.has(origin));
  const plain = Object.freeze({ vary: 'Origin' });
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
