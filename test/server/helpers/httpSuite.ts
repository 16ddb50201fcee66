import type { LogLine } from '../../../src/server/createApp.js';
import { startApiApp } from './apiApp.js';

/* What the http suites (httpRoutes, httpBodies) share: the key, the CORS origin and the app. */

/** The secret key of the http suites. */
export const key = 'sk_test_http_suite';
/** The one origin the app allows by CORS. */
export const origin = 'https://shop.example';

/**
 * The app of the http suites on its own PGlite store, with CORS for `origin`, every log line in
 * `lines`, and `session()` creating a `starter` session as the merchant.
 * @example const { app, call, session } = await startHttpSuite();
 */
export async function startHttpSuite() {
  const lines: LogLine[] = [];
  const { store, app, call } = await startApiApp({
    secretKey: key,
    corsOrigins: [origin],
    logger: (line) => lines.push(line),
  });
  const session = async () => {
    const res = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: { plan_id: 'starter', currency: 'USD' } },
    });
    return res.body as { id: string; client_secret: string };
  };
  return { store, app, call, lines, session };
}
