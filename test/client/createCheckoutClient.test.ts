import { describe, expect, it } from 'vitest';
import {
  CheckoutApiError,
  CheckoutNetworkError,
  checkoutError,
  createCheckoutClient,
  createCheckoutSessionClient,
} from '../../src/client/index.js';
import { makeSession } from '../core/factories.js';

const session = makeSession({ version: 4 });

type Call = { url: string; init: RequestInit };

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return respond(call);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('createCheckoutClient', () => {
  it('reads a session with the client secret as bearer token', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, session));
    const client = createCheckoutClient({ baseUrl: '/api/', clientSecret: 'cs_1', fetch });
    const result = await client.getSession(session.id);
    expect(result.version).toBe(4);
    expect(calls[0]?.url).toBe(`/api/checkout_session/${session.id}`);
    expect(new Headers(calls[0]?.init.headers).get('Authorization')).toBe('Bearer cs_1');
  });

  it('sends If-Match and Idempotency-Key on updates, and a JSON body', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, session));
    const client = createCheckoutClient({ baseUrl: '/api', getToken: async () => 'sk', fetch });
    await client.updateSession(
      session.id,
      { contract: session.contract },
      {
        ifMatch: 4,
        idempotencyKey: 'key-1',
      },
    );
    const headers = new Headers(calls[0]?.init.headers);
    expect(calls[0]?.init.method).toBe('PATCH');
    expect(headers.get('If-Match')).toBe('"4"');
    expect(headers.get('Idempotency-Key')).toBe('key-1');
    expect(headers.get('Authorization')).toBe('Bearer sk');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ contract: session.contract });
  });

  it('unwraps the summary estimates', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { estimates: session.estimates }));
    const client = createCheckoutClient({ baseUrl: '/api', clientSecret: 'cs', fetch });
    const estimate = await client.summary({ contract: session.contract });
    expect(estimate.total).toBe(3600);
    expect(calls[0]?.url).toBe('/api/checkout_session/summary');
  });

  it('turns an error body into a CheckoutApiError with details and status', async () => {
    const { fetch } = fakeFetch(() =>
      json(422, {
        error: {
          code: 'validation_failed',
          message: 'Invalid.',
          details: [{ path: 'customer.email', code: 'invalid_email', message: 'Bad email.' }],
        },
      }),
    );
    const client = createCheckoutClient({ baseUrl: '/api', clientSecret: 'cs', fetch });
    const error = await client
      .updateSession(session.id, { customer: { email: 'x' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(CheckoutApiError);
    expect(error).toMatchObject({
      kind: 'api',
      status: 422,
      code: 'validation_failed',
      details: [{ path: 'customer.email', code: 'invalid_email' }],
    });
    expect(checkoutError(error)).toBe(error);
  });

  it('carries the session status of session_not_open', async () => {
    const { fetch } = fakeFetch(() =>
      json(409, { error: { code: 'session_not_open', message: 'Not open.', status: 'expired' } }),
    );
    const client = createCheckoutClient({ baseUrl: '/api', clientSecret: 'cs', fetch });
    const error = await client.getSession(session.id).catch((e) => e);
    expect(error).toMatchObject({ code: 'session_not_open', sessionStatus: 'expired' });
  });

  it('reports unreachable servers and gateway pages as network errors', async () => {
    const offline = createCheckoutClient({
      baseUrl: '/api',
      clientSecret: 'cs',
      fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch,
    });
    await expect(offline.getCatalog()).rejects.toBeInstanceOf(CheckoutNetworkError);
    const gateway = createCheckoutClient({
      baseUrl: '/api',
      clientSecret: 'cs',
      fetch: fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 })).fetch,
    });
    await expect(gateway.getCatalog()).rejects.toMatchObject({ kind: 'network', status: 502 });
  });

  it('rejects a malformed success body instead of returning it', async () => {
    const { fetch } = fakeFetch(() => json(200, { id: 'nope' }));
    const client = createCheckoutClient({ baseUrl: '/api', clientSecret: 'cs', fetch });
    await expect(client.getSession(session.id)).rejects.toMatchObject({ code: 'internal_error' });
  });

  it('passes the abort signal through and rethrows the AbortError untouched', async () => {
    const controller = new AbortController();
    const { calls, fetch } = fakeFetch(
      ({ init }) =>
        new Promise((_, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('Aborted', 'AbortError')),
          );
        }),
    );
    const client = createCheckoutClient({ baseUrl: '/api', clientSecret: 'cs', fetch });
    const pending = client.summary({ contract: session.contract }, { signal: controller.signal });
    await Promise.resolve();
    await Promise.resolve();
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls[0]?.init.signal).toBe(controller.signal);
  });

  it('mints a support token: POST …/support_tokens with actor and ttl_seconds', async () => {
    const token = {
      object: 'support_token',
      token: `st_${'a'.repeat(43)}`,
      session_id: session.id,
      actor: 'Grace',
      expires_at: '2026-03-15T12:15:00.000Z',
    };
    const { calls, fetch } = fakeFetch(() => json(201, token));
    const client = createCheckoutClient({ baseUrl: '/api', getToken: () => 'sk', fetch });
    expect(
      await client.createSupportToken(session.id, { actor: 'Grace', ttlSeconds: 600 }),
    ).toEqual(token);
    expect(calls[0]?.url).toBe(`/api/checkout_session/${session.id}/support_tokens`);
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ actor: 'Grace', ttl_seconds: 600 });
    await client.createSupportToken(session.id, { actor: 'Grace' });
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ actor: 'Grace' });
  });

  it('leaves the merchant-only calls out of the session client the widget builds', () => {
    const client = createCheckoutSessionClient({ baseUrl: '/api', clientSecret: 'cs' });
    expect(Object.keys(client).sort()).toEqual(
      ['baseUrl', 'confirm', 'getCatalog', 'getSession', 'summary', 'updateSession'].sort(),
    );
  });
});
