import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { Catalog } from '../../src/core/catalog.js';
import { createApp } from '../../src/server/createApp.js';
import type { PgliteStore } from '../../src/server/storage/createPgliteStore.js';
import { apiCaller } from './helpers/api.js';
import { pgliteStore } from './helpers/pgliteStore.js';

/*
 * custom_data keys named like Object.prototype members are ordinary keys, through the server
 * and PGlite; audit_trail is reserved whatever its value; long audit values are shortened.
 */

const key = 'sk_test_custom_data_keys';
const catalog = catalogJson as Catalog;
let store: PgliteStore;
let call: ReturnType<typeof apiCaller>;

beforeAll(async () => {
  store = await pgliteStore();
  const app = createApp({
    store,
    catalog,
    secretKey: key,
    clock: () => new Date('2026-06-01T10:00:00.000Z'),
    logger: () => {},
  });
  call = apiCaller(app);
});
afterAll(() => store?.close());

const contract = '{"plan_id":"team","quantity":3,"currency":"USD"}';
// Written as text: an object literal's `__proto__:` would set a prototype, not a key.
const prototypeKeys = '{"constructor":"c1","toString":"t1","valueOf":1,"__proto__":"p1"}';
const own = (value: object, name: string) =>
  Object.hasOwn(value, name) ? Object.getOwnPropertyDescriptor(value, name)?.value : 'missing';

async function createWithPrototypeKeys() {
  const res = await call('POST', '/checkout_session', {
    token: key,
    body: `{"contract":${contract},"custom_data":${prototypeKeys}}`,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}
const patch = (id: string, body: string) =>
  call('PATCH', `/checkout_session/${id}`, { token: key, body });

describe('prototype-named custom_data keys (server)', () => {
  it('stores and returns constructor, toString, valueOf and __proto__ as keys', async () => {
    const id = await createWithPrototypeKeys();
    const read = await call('GET', `/checkout_session/${id}`, { token: key });
    const data = read.body.custom_data;
    expect(['constructor', 'toString', 'valueOf', '__proto__'].map((k) => own(data, k))).toEqual([
      'c1',
      't1',
      1,
      'p1',
    ]);
  });

  it('merges, deletes and audits them with from and to', async () => {
    const id = await createWithPrototypeKeys();
    const res = await patch(
      id,
      '{"custom_data":{"constructor":null,"toString":"t2","__proto__":"p2","hasOwnProperty":"h"}}',
    );
    expect(res.status).toBe(200);
    const data = res.body.custom_data;
    expect(own(data, 'constructor')).toBe('missing');
    expect(own(data, 'toString')).toBe('t2');
    expect(own(data, 'valueOf')).toBe(1);
    expect(own(data, '__proto__')).toBe('p2');
    expect(own(data, 'hasOwnProperty')).toBe('h');
    const [entry] = data.audit_trail;
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        { field: 'custom_data.constructor', from: 'c1', to: null },
        { field: 'custom_data.toString', from: 't1', to: 't2' },
        { field: 'custom_data.__proto__', from: 'p1', to: 'p2' },
        { field: 'custom_data.hasOwnProperty', from: null, to: 'h' },
      ]),
    );
    expect(entry.changes).toHaveLength(4);
    // And after a round trip through the database, not only the cache.
    store = store as PgliteStore;
    const { rows } = await store.pglite.query<{ data: string }>(
      'SELECT data::text AS data FROM checkout_sessions WHERE id = $1',
      [id],
    );
    expect(own(JSON.parse(rows[0]?.data ?? '{}').custom_data, '__proto__')).toBe('p2');
  });

  it('treats a key that is only inherited as unset', async () => {
    const res = await call('POST', '/checkout_session', {
      token: key,
      body: `{"contract":${contract}}`,
    });
    const update = await patch(res.body.id, '{"custom_data":{"toString":"x"}}');
    expect(update.body.custom_data.audit_trail[0].changes).toEqual([
      { field: 'custom_data.toString', from: null, to: 'x' },
    ]);
  });

  it('refuses a __proto__ value that is not a scalar (400), as any other key', async () => {
    const id = await createWithPrototypeKeys();
    for (const name of ['__proto__', 'other']) {
      const res = await patch(id, `{"custom_data":{"${name}":{"polluted":true}}}`);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe(`custom_data.${name}`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('custom_data.audit_trail', () => {
  it.each(['[]', '[{"at":"x"}]', '{}', '"x"', '1', 'null', 'true'])(
    'audit_trail: %s → 422 reserved_custom_data_key, nothing written',
    async (value) => {
      const id = await createWithPrototypeKeys();
      const res = await patch(id, `{"custom_data":{"audit_trail":${value}}}`);
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual([
        {
          path: 'custom_data.audit_trail',
          code: 'reserved_custom_data_key',
          message: expect.any(String),
        },
      ]);
      const read = await call('GET', `/checkout_session/${id}`, { token: key });
      expect(read.body.version).toBe(1);
    },
  );

  it('is 422 at creation too', async () => {
    const res = await call('POST', '/checkout_session', {
      token: key,
      body: `{"contract":${contract},"custom_data":{"audit_trail":[1]}}`,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0].code).toBe('reserved_custom_data_key');
  });
});

describe('long values in the audit trail', () => {
  it('records a string over 64 characters as prefix, length and SHA-256', async () => {
    const id = await createWithPrototypeKeys();
    const url = `https://shop.example/done?${'q'.repeat(2083 - 26)}`;
    const res = await patch(
      id,
      JSON.stringify({ success_url: url, custom_data: { note: 'short' } }),
    );
    expect(res.status).toBe(200);
    expect(res.body.success_url).toBe(url);
    const [entry] = res.body.custom_data.audit_trail;
    expect(entry.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'success_url',
          from: null,
          to: {
            truncated: true,
            prefix: url.slice(0, 64),
            length: 2083,
            sha256: createHash('sha256').update(url).digest('hex'),
          },
        },
        { field: 'custom_data.note', from: null, to: 'short' },
      ]),
    );
    expect(JSON.stringify(entry).length).toBeLessThan(600);
  });
});
