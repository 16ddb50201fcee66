import type { APIRequestContext } from '@playwright/test';
import type { Session } from '../../src/core/index.js';

/*
 * Talks to the reference server directly with the merchant's secret key, the way a merchant's
 * backend would: to create the sessions a test opens and to change them behind the widget's back.
 */

const apiUrl = () => {
  const url = process.env.E2E_API_URL;
  if (!url) throw new Error('E2E_API_URL is not set (playwright.config.ts sets it).');
  return url;
};
const secretKey = () => process.env.E2E_SECRET_KEY ?? '';

/** A created session: what the demo link needs, plus the body for assertions. */
export interface CreatedSession {
  id: string;
  clientSecret: string;
  /** The session as created. */
  session: Session;
}

async function call(
  request: APIRequestContext,
  method: string,
  path: string,
  data?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: JSON from the API, typed by the callers.
): Promise<any> {
  const response = await request.fetch(`${apiUrl()}${path}`, {
    method,
    headers: { Authorization: `Bearer ${secretKey()}`, 'Content-Type': 'application/json' },
    ...(data === undefined ? {} : { data: JSON.stringify(data) }),
  });
  const body = await response.json();
  if (!response.ok()) {
    throw new Error(`${method} ${path} answered ${response.status()}: ${JSON.stringify(body)}`);
  }
  return body;
}

/** Today (UTC) plus `days`, as the API counts dates. */
export const utcDate = (days = 0) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Creates a session with the secret key.
 * @example await createSession(request, { contract: { plan_id: 'team', quantity: 5, currency: 'USD' } })
 */
export async function createSession(
  request: APIRequestContext,
  body: Record<string, unknown>,
): Promise<CreatedSession> {
  const { client_secret: clientSecret, ...session } = await call(
    request,
    'POST',
    '/checkout_session',
    body,
  );
  return { id: session.id, clientSecret, session };
}

/** A guest session on Team × 5 in USD, starting in a week (nothing due today). */
export function createGuestSession(
  request: APIRequestContext,
  overrides: Record<string, unknown> = {},
) {
  return createSession(request, {
    contract: { plan_id: 'team', quantity: 5, currency: 'USD', start_date: utcDate(7) },
    customer: { email: 'guest@example.com' },
    ...overrides,
  });
}

/** Changes a session as the merchant, e.g. to make the widget's version stale. */
export function updateAsMerchant(
  request: APIRequestContext,
  id: string,
  body: unknown,
): Promise<Session> {
  return call(request, 'PATCH', `/checkout_session/${id}`, body);
}

/** Confirms (pays) a session as the merchant. */
export function confirmAsMerchant(request: APIRequestContext, id: string, paymentMethod: string) {
  return call(request, 'POST', `/checkout_session/${id}/confirm`, {
    payment_method: paymentMethod,
  });
}

/** Reads a session as the merchant. */
export function readSession(request: APIRequestContext, id: string): Promise<Session> {
  return call(request, 'GET', `/checkout_session/${id}`);
}

/** The demo page for a session. */
export function demoUrl(
  session: { id: string; clientSecret: string },
  params: Record<string, string> = {},
) {
  const search = new URLSearchParams({
    session_id: session.id,
    client_secret: session.clientSecret,
    ...params,
  });
  return `/?${search}`;
}
