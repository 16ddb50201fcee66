import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { Catalog } from '../../src/core/catalog.js';
import { createApp, type LogLine } from '../../src/server/createApp.js';
import { createNodeListener } from '../../src/server/createNodeListener.js';
import type { PgliteStore } from '../../src/server/storage/createPgliteStore.js';
import { apiCaller } from './helpers/api.js';
import { pgliteStore } from './helpers/pgliteStore.js';

/* The HTTP adapter: routes, CORS, body limits, media types, logging, and garbage in. */

const key = 'sk_test_http_suite';
const catalog = catalogJson as Catalog;
const origin = 'https://shop.example';
const lines: LogLine[] = [];
let store: PgliteStore;
let app: ReturnType<typeof createApp>;
let call: ReturnType<typeof apiCaller>;

beforeAll(async () => {
  store = await pgliteStore();
  app = createApp({
    store,
    catalog,
    secretKey: key,
    corsOrigins: [origin],
    logger: (line) => lines.push(line),
  });
  call = apiCaller(app);
});
afterAll(() => store?.close());

const session = async () => {
  const res = await call('POST', '/checkout_session', {
    token: key,
    body: { contract: { plan_id: 'starter', currency: 'USD' } },
  });
  return res.body as { id: string; client_secret: string };
};

describe('routes', () => {
  it('serves the catalog and health to anyone', async () => {
    expect((await call('GET', '/catalog')).body).toEqual(catalog);
    expect(await call('GET', '/health')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('answers unknown paths with 404 and wrong methods with 405, in JSON', async () => {
    const missing = await call('GET', '/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const wrong = await call('DELETE', '/checkout_session/6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, PATCH');
    expect((await call('GET', '/checkout_session/summary')).status).toBe(405);
    expect((await call('POST', '/health')).status).toBe(405);
  });

  it('logs one JSON line per request without the Authorization header', async () => {
    lines.length = 0;
    await call('GET', '/catalog', { token: key });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'GET', path: '/catalog', status: 200 });
    expect(typeof lines[0]?.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain(key);
  });
});

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document of every endpoint, built from the schemas', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item as object)
        .filter((k) => k !== 'parameters')
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /catalog',
        'GET /checkout_session/{id}',
        'GET /health',
        'GET /openapi.json',
        'PATCH /checkout_session/{id}',
        'POST /checkout_session',
        'POST /checkout_session/summary',
        'POST /checkout_session/{id}/confirm',
        'POST /checkout_session/{id}/support_tokens',
      ].sort(),
    );
    const update = doc.components.schemas.UpdateRequest;
    expect(update.additionalProperties).toBe(false);
    expect(Object.keys(update.properties)).toContain('custom_data');
    expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
    expect(doc.paths['/checkout_session/{id}'].patch.responses['412']).toBeDefined();
  });
});

describe('CORS', () => {
  it('answers a preflight from a listed origin with the API methods and headers', async () => {
    const res = await app.request('/checkout_session/x', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'if-match, idempotency-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH');
    const allowed = res.headers.get('access-control-allow-headers')?.toLowerCase() ?? '';
    for (const h of ['authorization', 'content-type', 'if-match', 'idempotency-key']) {
      expect(allowed).toContain(h);
    }
  });

  it('exposes ETag to a listed origin and says nothing to others', async () => {
    const { id } = await session();
    const listed = await call('GET', `/checkout_session/${id}`, {
      token: key,
      headers: { origin },
    });
    expect(listed.headers.get('access-control-allow-origin')).toBe(origin);
    expect(listed.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(listed.headers.get('access-control-expose-headers')).toContain('Request-Id');
    const other = await call('GET', `/checkout_session/${id}`, {
      token: key,
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/catalog', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('says Vary: Origin on every answer while an origin is listed, and not without CORS', async () => {
    const sent: Record<string, string>[] = [{ origin }, { origin: 'https://evil.example' }, {}];
    for (const headers of sent) {
      const res = await app.request('/catalog', { headers });
      expect(res.headers.get('vary')).toBe('Origin');
    }
    const withoutCors = createApp({ store, catalog, secretKey: key, logger: () => {} });
    for (const headers of sent) {
      const res = await withoutCors.request('/catalog', { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('vary')).toBeNull();
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('request bodies', () => {
  it('needs application/json (charset utf-8 allowed) for a body: else 415', async () => {
    const { id } = await session();
    const body = JSON.stringify({ custom_data: { a: 1 } });
    const send = (contentType: string) =>
      call('PATCH', `/checkout_session/${id}`, {
        token: key,
        body,
        headers: { 'content-type': contentType },
      });
    expect((await send('application/json; charset=UTF-8')).status).toBe(200);
    expect((await send('Application/JSON')).status).toBe(200);
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
    ]) {
      const res = await send(type);
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
    }
  });

  it('refuses more than 64 KiB with 413, by declared length or by counting', async () => {
    const { id } = await session();
    const atLimit = JSON.stringify({ custom_data: { a: 'x' } }).padEnd(64 * 1024, ' ');
    const ok = await call('PATCH', `/checkout_session/${id}`, { token: key, body: atLimit });
    expect(ok.status).toBe(200);
    const over = await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: `${atLimit} `,
    });
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe('payload_too_large');
  });

  it.each([
    [
      'Hono on @hono/node-server',
      () => serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }),
    ],
    [
      'createNodeListener (npm run server)',
      () =>
        createServer(
          createNodeListener({ store, catalog, secretKey: key, logger: () => {} }),
        ).listen(0, '127.0.0.1'),
    ],
  ])('stops reading a streamed upload at the cap (%s, 50 MB chunked)', async (_, start) => {
    const server = start() as Server;
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    let sent = 0;
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: '/checkout_session',
            headers: {
              authorization: `Bearer ${key}`,
              'content-type': 'application/json',
              'transfer-encoding': 'chunked',
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (sent < 50 * 1024 * 1024) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          req.end();
        };
        pump();
      });
      expect(status).toBe(413);
      expect(sent).toBeLessThan(50 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('rejects NUL and lone surrogates, which no database stores, with 400', async () => {
    const { id } = await session();
    for (const text of [
      '{"custom_data":{"a":"x\\u0000y"}}',
      '{"update_note":"\\ud800","custom_data":{"a":1}}',
    ]) {
      const res = await call('PATCH', `/checkout_session/${id}`, { token: key, body: text });
      expect(res.status).toBe(400);
    }
    const key0 = await call('PATCH', `/checkout_session/${id}`, {
      token: key,
      body: { custom_data: { a: 1 } },
      headers: { 'idempotency-key': 'bad\tkey' },
    });
    expect(key0.status).toBe(400);
  });
});

describe('garbage in', () => {
  it('never answers 5xx, whatever the method, path, headers and body', async () => {
    const { id, client_secret } = await session();
    const paths = fc.oneof(
      fc.constantFrom(
        '/checkout_session',
        '/checkout_session/summary',
        `/checkout_session/${id}`,
        `/checkout_session/${id}/confirm`,
        '/catalog',
        '/openapi.json',
        '/health',
      ),
      fc.string().map((s) => `/checkout_session/${encodeURIComponent(s)}`),
      fc.webPath(),
    );
    const fieldValue = fc.oneof(fc.jsonValue(), fc.string({ unit: 'binary' }));
    const bodies = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary' }),
      fc
        .dictionary(
          fc.constantFrom(
            'contract',
            'customer',
            'custom_data',
            'expires_at',
            'currency',
            'success_url',
            'attribution',
            'payment_method',
            'update_reason',
            'customer_id',
            'extra',
          ),
          fieldValue,
        )
        .map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            contract: fc.record(
              {
                plan_id: fc.constantFrom('team', 'scale', 'x'),
                quantity: fc.oneof(fc.integer(), fc.double()),
                currency: fc.constantFrom('USD', 'JPY', 'usd', ''),
              },
              { requiredKeys: [] },
            ),
            custom_data: fc.dictionary(
              fc.string(),
              fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
            ),
          },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
        paths,
        fc.option(fc.oneof(fc.constantFrom(key, client_secret), fc.string()), { nil: undefined }),
        fc.option(fc.oneof(fc.constantFrom('"1"', '*', 'W/"1"'), fc.string()), { nil: undefined }),
        fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
        fc.option(bodies, { nil: undefined }),
        async (method, path, token, ifMatch, idemKey, body) => {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (token !== undefined) headers.authorization = `Bearer ${token}`;
          if (ifMatch !== undefined) headers['if-match'] = ifMatch;
          if (idemKey !== undefined) headers['idempotency-key'] = idemKey;
          let res: Response;
          try {
            res = await app.request(path, {
              method,
              headers: new Headers(headers),
              ...(body !== undefined && method !== 'GET' ? { body } : {}),
            });
          } catch {
            return; // a header value fetch itself refuses never reaches a server
          }
          expect(res.status).toBeLessThan(500);
          const json = await res.json();
          if (res.status >= 400) expect(typeof json.error.code).toBe('string');
        },
      ),
      { numRuns: 400 },
    );
  });
});
