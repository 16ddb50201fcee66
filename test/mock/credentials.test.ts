import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import { CheckoutApiError, createCheckoutClient } from '../../src/client/index.js';
import { type Catalog, validateCatalog } from '../../src/core/index.js';
import { createMockBackend } from '../../src/mock/index.js';

/*
 * Who may change what, support tokens and request ids through the mock backend (MSW) and the
 * typed client: the same answers as the reference server, since both run the same service.
 */

const validated = validateCatalog(catalogJson);
if (!validated.ok) throw new Error(validated.problems.join('; '));
const catalog: Catalog = validated.catalog;
const baseUrl = 'http://mock.test/api';
const start = new Date('2026-11-25T10:00:00.000Z');
let now = start;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  now = start;
});
afterAll(() => server.close());

async function backend() {
  const mock = createMockBackend({
    catalog,
    baseUrl,
    clock: () => now,
    sessions: [
      { create: { contract: { plan_id: 'team', quantity: 5, currency: 'USD' } } },
      { create: { contract: { plan_id: 'team', quantity: 2, currency: 'USD' } } },
    ],
  });
  server.use(...mock.handlers);
  await mock.ready;
  const [first, second] = mock.sessions;
  if (!first || !second) throw new Error('not seeded');
  const merchant = createCheckoutClient({ baseUrl, getToken: () => mock.secretKey });
  const as = (token: string) => createCheckoutClient({ baseUrl, clientSecret: token });
  return { mock, first, second, merchant, as };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as CheckoutApiError,
  );

describe('the mock: who may change what', () => {
  it.each([
    ['expires_at', '2026-11-30T10:00:00.000Z'],
    ['success_url', 'https://evil.example/'],
    ['cancel_url', 'https://evil.example/'],
    ['pending_url', 'https://evil.example/'],
    ['custom_data', { discount: 100 }],
  ])(
    'a client secret sending %s gets 403 forbidden_field and writes nothing',
    async (field, value) => {
      const { mock, first, as } = await backend();
      const error = await rejection(
        as(first.clientSecret).updateSession(first.id, { [field]: value }),
      );
      expect(error).toBeInstanceOf(CheckoutApiError);
      expect(error).toMatchObject({ status: 403, code: 'forbidden_field' });
      expect(error.details.map((d) => [d.path, d.code])).toEqual([[field, 'forbidden_field']]);
      expect(mock.store.list()[0]?.session.version).toBe(1);
    },
  );
});

describe('the mock: support tokens', () => {
  it('mints through the typed client, stores the hash only, and updates any field as support', async () => {
    const { mock, first, merchant, as } = await backend();
    const minted = await merchant.createSupportToken(first.id, { actor: 'Grace', ttlSeconds: 120 });
    expect(minted).toEqual({
      object: 'support_token',
      token: expect.stringMatching(/^st_/),
      session_id: first.id,
      actor: 'Grace',
      expires_at: '2026-11-25T10:02:00.000Z',
    });
    const [record] = mock.store.supportTokenRecords();
    expect(record).toMatchObject({ sessionId: first.id, actor: 'Grace' });
    expect(JSON.stringify(mock.store.supportTokenRecords())).not.toContain(minted.token);

    const agent = as(minted.token);
    expect((await agent.getSession(first.id)).id).toBe(first.id);
    const updated = await agent.updateSession(first.id, {
      expires_at: '2026-11-26T10:00:00.000Z',
      custom_data: { ticket: 'T-1' },
    });
    const trail = updated.custom_data.audit_trail as { actor: string; actor_name: string }[];
    expect(trail.at(-1)).toMatchObject({ actor: 'support', actor_name: 'Grace' });
  });

  it('gets 404 on another session, 403 on confirm, 401 from expires_at on', async () => {
    const { first, second, merchant, as } = await backend();
    const { token } = await merchant.createSupportToken(first.id, { actor: 'Grace' });
    const agent = as(token);
    expect(await rejection(agent.getSession(second.id))).toMatchObject({
      status: 404,
      code: 'session_not_found',
    });
    expect(
      await rejection(agent.confirm(first.id, { payment_method: 'pm_card_ok' })),
    ).toMatchObject({ status: 403, code: 'forbidden' });
    now = new Date(start.getTime() + 900_000);
    expect(await rejection(agent.getSession(first.id))).toMatchObject({
      status: 401,
      code: 'unauthorized',
    });
  });

  it('refuses to mint with a client secret (401) and out of range (422)', async () => {
    const { first, merchant, as } = await backend();
    expect(
      await rejection(as(first.clientSecret).createSupportToken(first.id, { actor: 'x' })),
    ).toMatchObject({ status: 401 });
    const error = await rejection(
      merchant.createSupportToken(first.id, { actor: 'x', ttlSeconds: 30 }),
    );
    expect(error).toMatchObject({ status: 422, code: 'validation_failed' });
    expect(error.details).toEqual([
      { path: 'ttl_seconds', code: 'ttl_out_of_range', message: expect.any(String) },
    ]);
  });
});

describe('the mock: request ids', () => {
  it('sends a unique Request-Id on every answer, the same in error bodies and audit entries', async () => {
    const { first, mock } = await backend();
    const send = (path: string, init: RequestInit = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${mock.secretKey}`, 'content-type': 'application/json' },
      });
    const answers = [
      await send('/catalog'),
      await send('/health'),
      await send(`/checkout_session/${first.id}`),
      await send('/checkout_session/nope'),
      await send(`/checkout_session/${first.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ custom_data: { a: 1 } }),
      }),
    ];
    const ids = answers.map((res) => res.headers.get('request-id'));
    for (const id of ids) expect(id).toMatch(/^req_[A-Za-z0-9]{20,}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await (answers[3] as Response).json()).error.request_id).toBe(ids[3]);
    const patched = await (answers[4] as Response).json();
    expect(patched.custom_data.audit_trail.at(-1).request_id).toBe(ids[4]);
  });

  it('puts one on injected faults too', async () => {
    const { first, mock } = await backend();
    mock.setFailures({ get: [500] });
    const res = await fetch(`${baseUrl}/checkout_session/${first.id}`, {
      headers: { authorization: `Bearer ${first.clientSecret}` },
    });
    expect(res.status).toBe(500);
    const id = res.headers.get('request-id');
    expect(id).toMatch(/^req_/);
    expect((await res.json()).error.request_id).toBe(id);
  });
});
