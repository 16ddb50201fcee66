import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import { CheckoutNetworkError, createCheckoutClient } from '../../src/client/index.js';
import { type Catalog, errorBody, type Session } from '../../src/core/index.js';
import {
  applyUpdate,
  createSession,
  summarize,
  validateCatalog,
} from '../../src/core/rules/index.js';
import { createMockBackend, type MockBackendOptions } from '../../src/mock/index.js';

const validated = validateCatalog(catalogJson);
if (!validated.ok) throw new Error(validated.problems.join('; '));
const catalog: Catalog = validated.catalog;

const baseUrl = 'http://mock.test/api';
const fixedNow = new Date('2026-11-25T10:00:00.000Z');
const clock = () => fixedNow;
const guestId = '00000000-0000-4000-8000-000000000001';
const teamFive = {
  create: {
    contract: { plan_id: 'team', quantity: 5, currency: 'USD', start_date: '2026-12-01' },
    customer: { email: 'ada@example.com' },
  },
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function start(overrides: Partial<MockBackendOptions> = {}) {
  const backend = createMockBackend({
    catalog,
    baseUrl,
    clock,
    sessions: [teamFive],
    ...overrides,
  });
  server.use(...backend.handlers);
  await backend.ready;
  return backend;
}

/** The session the backend was seeded with (teamFive). */
function seededOf(backend: Awaited<ReturnType<typeof start>>) {
  const seeded = backend.sessions[0];
  if (!seeded) throw new Error('not seeded');
  return seeded;
}

function api(token: string) {
  return (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
}

const ctx = (actor: 'merchant' | 'client', requestId?: string) => ({
  catalog,
  now: fixedNow,
  actor,
  actorName: null,
  ...(requestId ? { requestId } : {}),
});

describe('createMockBackend', () => {
  it('creates a session exactly as the creation rule does, and hands out its secret once', async () => {
    const backend = await start({ sessions: [] });
    const request = { contract: { plan_id: 'scale', quantity: 60, currency: 'USD' } };
    const response = await api(backend.secretKey)('POST', '/checkout_session', request);
    expect(response.status).toBe(201);
    const { client_secret, ...created } = await response.json();
    const expected = createSession(request, ctx('merchant'), created.id);
    if (!expected.ok) throw new Error('rule rejected the request');
    expect(created).toEqual(expected.session);
    expect(created.estimates.total).toBe(630000);
    expect(client_secret).toMatch(new RegExp(`^cs_${created.id}_secret_`));

    const read = await api(client_secret)('GET', `/checkout_session/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(await read.json()).not.toHaveProperty('client_secret');
  });

  it('seeds sessions with known ids and secrets; a secret opens only its own session', async () => {
    const other = { id: '00000000-0000-4000-8000-0000000000aa', ...teamFive };
    const backend = await start({ sessions: [teamFive, other] });
    const [first, second] = backend.sessions;
    expect(first?.id).toBe(guestId);
    expect(second?.id).toBe(other.id);
    if (!first || !second) throw new Error('not seeded');
    expect((await api(first.clientSecret)('GET', `/checkout_session/${first.id}`)).status).toBe(
      200,
    );
    const probe = await api(first.clientSecret)('GET', `/checkout_session/${second.id}`);
    expect(probe.status).toBe(404);
    expect((await probe.json()).error.code).toBe('session_not_found');
  });

  it('updates like applyUpdate, then rejects a stale If-Match with the rule’s 412', async () => {
    const backend = await start();
    const seeded = seededOf(backend);
    const call = api(seeded.clientSecret);
    const body = {
      contract: { plan_id: 'team', quantity: 7, currency: 'USD', start_date: '2026-12-01' },
    };

    const response = await call('PATCH', `/checkout_session/${seeded.id}`, body, {
      'If-Match': '"1"',
    });
    const requestId = response.headers.get('request-id') ?? '';
    expect(requestId).toMatch(/^req_[A-Za-z0-9]{20,}$/);
    const expected = applyUpdate(seeded.session, body, ctx('client', requestId), { ifMatch: 1 });
    if (expected.kind !== 'changed') throw new Error(`rule said ${expected.kind}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"2"');
    const updated: Session = await response.json();
    expect(updated).toEqual(expected.session);
    expect(updated.estimates.total).toBe(8400);

    const stale = await call('PATCH', `/checkout_session/${seeded.id}`, body, {
      'If-Match': '"1"',
    });
    const rejected = applyUpdate(updated, body, ctx('client'), { ifMatch: 1 });
    if (rejected.kind !== 'rejected') throw new Error(`rule said ${rejected.kind}`);
    expect(stale.status).toBe(412);
    // The service words the message itself (it hands the rule a sentinel for a list of tags).
    const { message: _message, ...expectedError } = errorBody(rejected.failure).error;
    expect((await stale.json()).error).toMatchObject({
      ...expectedError,
      request_id: stale.headers.get('request-id'),
    });
  });

  it('prices a summary like the summarize rule', async () => {
    const backend = await start();
    const seeded = seededOf(backend);
    const body = { contract: { plan_id: 'team', quantity: 7, currency: 'JPY' } };
    const response = await api(seeded.clientSecret)('POST', '/checkout_session/summary', body);
    const expected = summarize(body, ctx('client'));
    if (!expected.ok) throw new Error('rule rejected the request');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ estimates: expected.estimates });
    expect(expected.estimates.total).toBe(12600);
  });

  it('replays an idempotent update and refuses the key for another body', async () => {
    const backend = await start();
    const seeded = seededOf(backend);
    const call = api(seeded.clientSecret);
    const path = `/checkout_session/${seeded.id}`;
    const body = { customer: { name: 'Ada Lovelace' } };
    const key = { 'Idempotency-Key': 'save-1' };

    const first = await call('PATCH', path, body, key);
    const again = await call('PATCH', path, body, key);
    expect(again.status).toBe(first.status);
    const firstBody = await first.json();
    expect(await again.json()).toEqual(firstBody);
    expect(firstBody.version).toBe(2);
    expect((await backend.store.get(seeded.id))?.session.version).toBe(2);

    const reused = await call('PATCH', path, { customer: { name: 'Grace' } }, key);
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe('idempotency_key_reused');
  });

  it('replays the same bytes, a key the merchant adds to custom_data included', async () => {
    const backend = await start();
    const seeded = seededOf(backend);
    const call = api(backend.secretKey);
    const path = `/checkout_session/${seeded.id}`;
    const key = { 'Idempotency-Key': 'merchant-1' };
    const first = await (
      await call('PATCH', path, { custom_data: { source: 'desk' } }, key)
    ).text();
    const again = await call('PATCH', path, { custom_data: { source: 'desk' } }, key);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(first);
    expect(Object.keys(JSON.parse(first).custom_data)).toEqual(['source', 'audit_trail']);
  });

  it('fails the connection before the backend when told "network"; nothing is written', async () => {
    const backend = await start({ failures: { update: ['network'] } });
    const seeded = seededOf(backend);
    const call = api(seeded.clientSecret);
    const path = `/checkout_session/${seeded.id}`;
    const body = { customer: { name: 'Ada Lovelace' } };

    await expect(call('PATCH', path, body, { 'Idempotency-Key': 'k' })).rejects.toThrow(TypeError);
    expect((await backend.store.get(seeded.id))?.session.version).toBe(1);
    const retry = await call('PATCH', path, body, { 'Idempotency-Key': 'k' });
    expect(retry.status).toBe(200);
    expect(backend.calls.filter((c) => c.operation === 'update').map((c) => c.outcome)).toEqual([
      'network',
      200,
    ]);
    expect(backend.calls.map((c) => c.headers['idempotency-key'])).toEqual(['k', 'k']);
  });

  it('loses the answer after writing when told "response_lost"; the retry replays it', async () => {
    const backend = await start({ failures: { update: ['response_lost'] } });
    const seeded = seededOf(backend);
    const call = api(seeded.clientSecret);
    const path = `/checkout_session/${seeded.id}`;
    const body = { contract: { plan_id: 'team', quantity: 9, currency: 'USD' } };
    const headers = { 'Idempotency-Key': 'save-2', 'If-Match': '"1"' };

    await expect(call('PATCH', path, body, headers)).rejects.toThrow(TypeError);
    expect((await backend.store.get(seeded.id))?.session.version).toBe(2);
    const retry = await call('PATCH', path, body, headers);
    expect(retry.status).toBe(200);
    expect((await retry.json()).version).toBe(2);
  });

  it('forces statuses, delays and sequences per operation, and can change them mid-test', async () => {
    const backend = await start({
      failures: { summary: [500, { action: 409, body: { error: { code: 'x', message: 'y' } } }] },
    });
    const seeded = seededOf(backend);
    const call = api(seeded.clientSecret);
    const body = { contract: { plan_id: 'team', quantity: 2, currency: 'USD' } };

    const first = await call('POST', '/checkout_session/summary', body);
    expect(first.status).toBe(500);
    expect((await first.json()).error.code).toBe('internal_error');
    const second = await call('POST', '/checkout_session/summary', body);
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({ error: { code: 'x', message: 'y' } });
    expect((await call('POST', '/checkout_session/summary', body)).status).toBe(200);

    backend.setFailures({ get: { delayMs: 80 } });
    const started = Date.now();
    expect((await call('GET', `/checkout_session/${seeded.id}`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    expect((await call('POST', '/checkout_session/summary', body)).status).toBe(200);
  });

  it('seeds confirmed sessions through the API, read-only afterwards', async () => {
    const backend = await start({ sessions: [{ ...teamFive, confirm: 'pm_card_ok' }] });
    const seeded = seededOf(backend);
    expect(seeded.session).toMatchObject({
      status: 'complete',
      payment_status: 'paid',
      version: 2,
    });
    const response = await api(seeded.clientSecret)('PATCH', `/checkout_session/${seeded.id}`, {
      customer: { name: 'Too late' },
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error).toMatchObject({
      code: 'session_not_open',
      status: 'complete',
    });
  });

  it('refuses an invalid seed loudly', async () => {
    const backend = createMockBackend({
      catalog,
      baseUrl,
      clock,
      sessions: [{ create: { contract: { plan_id: 'nope', currency: 'USD' } } }],
    });
    await expect(backend.ready).rejects.toThrow(/Seed 0: .*unknown_plan/);
  });
});

describe('createMockBackend with the typed client', () => {
  it('turns an injected network fault into CheckoutNetworkError, and then saves', async () => {
    const backend = await start({ failures: { update: ['network'] } });
    const seeded = seededOf(backend);
    const client = createCheckoutClient({ baseUrl, clientSecret: seeded.clientSecret });
    const body = { customer: { name: 'Ada' } };
    const options = { ifMatch: 1, idempotencyKey: 'key-1' };
    await expect(client.updateSession(seeded.id, body, options)).rejects.toBeInstanceOf(
      CheckoutNetworkError,
    );
    const saved = await client.updateSession(seeded.id, body, options);
    expect(saved.customer?.name).toBe('Ada');
    expect(saved.version).toBe(2);
  });
});
