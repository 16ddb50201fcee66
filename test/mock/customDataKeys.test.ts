import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import { createCheckoutClient } from '../../src/client/index.js';
import { type Catalog, validateCatalog } from '../../src/core/index.js';
import { createMockBackend } from '../../src/mock/index.js';

/* Prototype-named custom_data keys and the reserved audit_trail, through the mock (MSW). */

const validated = validateCatalog(catalogJson);
if (!validated.ok) throw new Error(validated.problems.join('; '));
const catalog: Catalog = validated.catalog;
const baseUrl = 'http://mock.test/api';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const own = (value: object, name: string) =>
  Object.hasOwn(value, name) ? Object.getOwnPropertyDescriptor(value, name)?.value : 'missing';

async function backend() {
  const mock = createMockBackend({
    catalog,
    baseUrl,
    clock: () => new Date('2026-11-25T10:00:00.000Z'),
    sessions: [],
  });
  server.use(...mock.handlers);
  await mock.ready;
  const send = (method: string, path: string, body?: string) =>
    fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${mock.secretKey}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body }),
    });
  return { mock, send };
}

describe('prototype-named custom_data keys (mock)', () => {
  it('stores, returns, merges, deletes and audits them like any key', async () => {
    const { mock, send } = await backend();
    const created = await send(
      'POST',
      '/checkout_session',
      '{"contract":{"plan_id":"team","currency":"USD"},"custom_data":{"constructor":"c1","toString":"t1","valueOf":1,"__proto__":"p1"}}',
    );
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const res = await send(
      'PATCH',
      `/checkout_session/${id}`,
      '{"custom_data":{"constructor":null,"toString":"t2","__proto__":"p2"}}',
    );
    expect(res.status).toBe(200);
    const data = (await res.json()).custom_data;
    expect(own(data, 'constructor')).toBe('missing');
    expect(own(data, 'toString')).toBe('t2');
    expect(own(data, 'valueOf')).toBe(1);
    expect(own(data, '__proto__')).toBe('p2');
    expect(data.audit_trail[0].changes).toEqual([
      { field: 'custom_data.constructor', from: 'c1', to: null },
      { field: 'custom_data.toString', from: 't1', to: 't2' },
      { field: 'custom_data.__proto__', from: 'p1', to: 'p2' },
    ]);
    expect(own(mock.store.list()[0]?.session.custom_data ?? {}, '__proto__')).toBe('p2');

    // The typed client keeps the key too (its schema does not rebuild custom_data).
    const client = createCheckoutClient({ baseUrl, getToken: () => mock.secretKey });
    expect(own((await client.getSession(id)).custom_data, '__proto__')).toBe('p2');
  });

  it('answers custom_data.audit_trail as an array with 422 reserved_custom_data_key', async () => {
    const { send } = await backend();
    const created = await send(
      'POST',
      '/checkout_session',
      '{"contract":{"plan_id":"team","currency":"USD"}}',
    );
    const { id } = await created.json();
    const res = await send(
      'PATCH',
      `/checkout_session/${id}`,
      '{"custom_data":{"audit_trail":[]}}',
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.details[0]).toMatchObject({
      path: 'custom_data.audit_trail',
      code: 'reserved_custom_data_key',
    });
  });
});
