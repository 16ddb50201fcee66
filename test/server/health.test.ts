import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import { storageRetryAfterSeconds } from '../../src/core/api/createApiService.js';
import type { Store } from '../../src/core/api/store.js';
import type { Catalog } from '../../src/core/catalog.js';
import { createMemoryStore } from '../../src/mock/createMemoryStore.js';
import { createMockBackend } from '../../src/mock/index.js';
import { createNodeListener } from '../../src/server/createNodeListener.js';

/* /health on the server (real socket) and through the mock: the same answer to every method. */

const catalog = catalogJson as Catalog;
let healthy = true;
const memory = createMemoryStore();
const store: Store = Object.assign(Object.create(memory) as Store, {
  get: (id: string) =>
    healthy ? memory.get(id) : Promise.reject(new Error('storage cannot write')),
});
let server: Server;
let base: string;
const mock = createMockBackend({ catalog, baseUrl: 'http://mock.test/api' });
const msw = setupServer(...mock.handlers);

beforeAll(async () => {
  server = createServer(
    createNodeListener({ store, catalog, secretKey: 'sk_test_health', logger: () => {} }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  msw.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(async () => {
  msw.close();
  await new Promise((resolve) => server.close(resolve));
});

async function answer(url: string, method: string) {
  const response = await fetch(url, { method });
  return {
    status: response.status,
    allow: response.headers.get('allow'),
    type: response.headers.get('content-type'),
    hasRequestId: /^req_[A-Za-z0-9]{20,}$/.test(response.headers.get('request-id') ?? ''),
    // Request ids differ per request by design; the rest of the body must not.
    body: (await response.text()).replace(/"req_[A-Za-z0-9]+"/g, '"req_…"'),
  };
}

describe('/health', () => {
  it('GET and HEAD agree, HEAD without a body; other methods are a JSON 405', async () => {
    for (const url of [`${base}/health`, 'http://mock.test/api/health']) {
      const get = await answer(url, 'GET');
      expect(get).toEqual({
        status: 200,
        allow: null,
        type: 'application/json',
        hasRequestId: true,
        body: '{"ok":true}',
      });
      expect(await answer(url, 'HEAD')).toEqual({ ...get, body: '' });
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const refused = await answer(url, method);
        expect(refused, `${method} ${url}`).toMatchObject({
          status: 405,
          allow: 'GET, HEAD',
          type: 'application/json',
        });
        expect(JSON.parse(refused.body).error.code).toBe('method_not_allowed');
      }
    }
    // The same 405 from both (request ids aside, which differ per request).
    const [server405, mock405] = [
      await answer(`${base}/health`, 'POST'),
      await answer('http://mock.test/api/health', 'POST'),
    ];
    const { request_id: _a, ...serverError } = JSON.parse(server405.body).error;
    const { request_id: _b, ...mockError } = JSON.parse(mock405.body).error;
    expect({ ...server405, body: serverError }).toEqual({ ...mock405, body: mockError });
  });

  it('answers 503 with Retry-After, GET and HEAD alike, while storage cannot answer', async () => {
    healthy = false;
    try {
      for (const method of ['GET', 'HEAD']) {
        const response = await fetch(`${base}/health`, { method });
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe(String(storageRetryAfterSeconds));
        expect(await response.text()).toBe(method === 'HEAD' ? '' : '{"ok":false}');
      }
    } finally {
      healthy = true;
    }
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
