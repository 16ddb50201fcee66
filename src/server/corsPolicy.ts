import type { MiddlewareHandler } from 'hono';

const allowMethods = 'GET, POST, PATCH, OPTIONS';
const allowHeaders = 'Authorization, Content-Type, If-Match, Idempotency-Key';
const exposeHeaders = 'ETag, Idempotent-Replayed';

/**
 * CORS for the listed origins only (`*` allows any). Preflights from a listed origin get 204 with
 * the methods and headers the API uses; any other origin gets no CORS headers, so the browser
 * blocks it. No credentials mode: auth travels in the Authorization header, not cookies.
 */
export function corsPolicy(origins: readonly string[]): MiddlewareHandler {
  const any = origins.includes('*');
  const listed = new Set(origins.map((origin) => origin.replace(/\/+$/, '')));
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && (any || listed.has(origin));
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method');
    if (preflight) {
      const headers: Record<string, string> = { vary: 'Origin' };
      if (allowed) {
        headers['access-control-allow-origin'] = origin;
        headers['access-control-allow-methods'] = allowMethods;
        headers['access-control-allow-headers'] = allowHeaders;
        headers['access-control-max-age'] = '600';
      }
      return c.body(null, 204, headers);
    }
    await next();
    c.res.headers.append('vary', 'Origin');
    if (allowed) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.set('access-control-expose-headers', exposeHeaders);
    }
  };
}
