import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNodeListener } from '../../src/server/createNodeListener.js';
import { catalog } from './helpers/apiApp.js';
import { key, startHttpSuite } from './helpers/httpSuite.js';

/* The HTTP adapter: body media types and limits (a socket, both adapters), and garbage in. */

const { store, app, call, session } = await startHttpSuite();

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
