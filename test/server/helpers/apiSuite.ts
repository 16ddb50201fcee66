import { expect } from 'vitest';
import type { CallOptions } from './api.js';
import { startApiApp, team } from './apiApp.js';

/* What the api suites (apiSessions, apiUpdates) share: the secret key, the app and requests. */

/** The secret key of the api suites. */
export const key = 'sk_test_api_suite';

/**
 * The app of the api suites on its own PGlite store, at the given clock, with creating,
 * updating and confirming a session as the merchant unless `options` say otherwise.
 * @example const { call, patch } = await startApiSuite(() => now);
 */
export async function startApiSuite(clock: () => Date) {
  const { store, call } = await startApiApp({
    secretKey: key,
    clock,
    logger: (line) => line.level && console.error(line),
  });
  async function createSession(body: Record<string, unknown> = {}) {
    const res = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: team(), customer: { email: 'ada@example.com' }, ...body },
    });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, secret: res.body.client_secret as string, body: res.body };
  }
  const patch = (id: string, body: unknown, options: CallOptions = {}) =>
    call('PATCH', `/checkout_session/${id}`, { token: key, body, ...options });
  const confirm = (id: string, body: unknown, options: CallOptions = {}) =>
    call('POST', `/checkout_session/${id}/confirm`, { token: key, body, ...options });
  return { store, call, createSession, patch, confirm };
}
