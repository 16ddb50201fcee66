import { expect } from 'vitest';
import type { CallOptions } from './api.js';
import { startApiApp, team } from './apiApp.js';

/* What credentials.test.ts sends, and its key and clock, beside its tests. */

/** The secret key of credentials.test.ts. */
export const key = 'sk_test_credentials';
/** The clock of credentials.test.ts unless a test moves it. */
export const start = new Date('2026-06-01T10:00:00.000Z');
/** A valid expires_at, nine days after `start`. */
export const later = '2026-06-10T10:00:00.000Z';

/**
 * The app of credentials.test.ts on its own PGlite store, at the given clock, with the
 * requests it sends, each with the credential it is given (the secret key by default).
 * @example const { createSession, patch } = await startCredentialsSuite(() => start);
 */
export async function startCredentialsSuite(clock: () => Date) {
  const { store, call } = await startApiApp({ secretKey: key, clock, logger: () => {} });
  async function createSession() {
    const res = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: team(), customer: { email: 'ada@example.com' } },
    });
    expect(res.status).toBe(201);
    return { id: res.body.id as string, secret: res.body.client_secret as string };
  }
  const read = (id: string, token = key) => call('GET', `/checkout_session/${id}`, { token });
  const patch = (id: string, token: string, body: unknown, options: CallOptions = {}) =>
    call('PATCH', `/checkout_session/${id}`, { token, body, ...options });
  const confirm = (id: string, token: string) =>
    call('POST', `/checkout_session/${id}/confirm`, {
      token,
      body: { payment_method: 'pm_card_ok' },
    });
  const mint = (id: string, body: unknown, token = key) =>
    call('POST', `/checkout_session/${id}/support_tokens`, { token, body });
  async function supportToken(id: string, body: object = {}) {
    const res = await mint(id, { actor: 'Grace (support)', ...body });
    expect(res.status).toBe(201);
    return res.body.token as string;
  }
  return { store, call, createSession, read, patch, confirm, mint, supportToken };
}
