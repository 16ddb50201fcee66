import { describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { Catalog } from '../../src/core/catalog.js';
import { errorBody, maxErrorDetails } from '../../src/core/errors.js';
import { createMemoryStore } from '../../src/mock/createMemoryStore.js';
import { createApp } from '../../src/server/createApp.js';

/* An error body stays a few kilobytes, however many problems a request packs in. */

const key = 'sk_test_error_size';
const app = createApp({
  store: createMemoryStore(),
  catalog: catalogJson as Catalog,
  secretKey: key,
  logger: () => {},
});
const keys = (n: number, value = '1') =>
  `{${Array.from({ length: n }, (_, i) => `"${i.toString(36)}":${value}`).join(',')}}`;
const many = (n: number, item: string) => Array.from({ length: n }, () => item).join(',');

const bodies: [string, string][] = [
  ['/checkout_session', keys(2000)],
  ['/checkout_session/summary', keys(2000)],
  [
    '/checkout_session',
    `{"contract":{"plan_id":"team","currency":"USD"},"custom_data":${keys(2000, '[]')}}`,
  ],
  ['/checkout_session', `{"contract":{"items":[${many(2000, '{}')}],"currency":"USD"}}`],
  ['/checkout_session', `{"contract":{"items":[${many(2000, '1')}],"currency":"USD"}}`],
  [
    '/checkout_session',
    `{"contract":{"plan_id":"team","currency":"USD"},"customer":${keys(2000)}}`,
  ],
  ['/checkout_session', `{"${'k'.repeat(60_000)}":1}`],
  ['/checkout_session', `{"contract":{"plan_id":"${'x'.repeat(60_000)}","currency":"USD"}}`],
];

describe('error responses', () => {
  it.each(bodies)('%s with %#: at most 10 details and 4 KB', async (path, body) => {
    const response = await app.request(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    const text = await response.text();
    expect(text.length).toBeLessThan(4096);
    const { error } = JSON.parse(text);
    expect(error.details.length).toBeGreaterThan(0);
    expect(error.details.length).toBeLessThanOrEqual(maxErrorDetails);
  });

  it('says how many details were left out, and cuts long paths and messages', () => {
    const details = Array.from({ length: 25 }, (_, i) => ({
      path: `custom_data.${'k'.repeat(i === 0 ? 1000 : 1)}`,
      code: 'invalid_request' as const,
      message: 'm'.repeat(i === 1 ? 1000 : 3),
    }));
    const { error } = errorBody({
      httpStatus: 400,
      code: 'invalid_request',
      message: 'The request body does not match the schema; see details.',
      details,
    });
    expect(error.message).toBe(
      'The request body does not match the schema; see details. Only the first 10 are listed; 15 more not shown.',
    );
    expect(error.details?.[0]?.path).toHaveLength(200);
    expect(error.details?.[0]?.path.endsWith('…')).toBe(true);
    expect(error.details?.[1]?.message).toHaveLength(200);
    expect(error.details?.[2]).toEqual(details[2]);
  });
});
