import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { Catalog } from '../../src/core/catalog.js';
import { createMemoryStore } from '../../src/mock/createMemoryStore.js';
import { type AppOptions, createApp } from '../../src/server/createApp.js';
import { createNodeListener } from '../../src/server/createNodeListener.js';
import { createNodeServer } from '../../src/server/createNodeServer.js';

/*
 * `npm run server` answers through createNodeListener (in createNodeServer), which skips the Hono adapter for plain
 * request targets. Whatever the target and Host, it must answer exactly as the Hono app does.
 * Both run on one store at one fixed clock, so their answers can be compared byte for byte.
 */

const key = 'sk_test_node_listener';
const options: AppOptions = {
  store: createMemoryStore(),
  catalog: catalogJson as Catalog,
  secretKey: key,
  corsOrigins: ['https://shop.example'],
  clock: () => new Date('2026-06-01T10:00:00.000Z'),
  logger: () => {},
};
let direct: Server;
let hono: Server;

const listening = (server: Server) =>
  new Promise<number>((resolve) =>
    server.once('listening', () => resolve((server.address() as AddressInfo).port)),
  );
let ports: { direct: number; hono: number };

beforeAll(async () => {
  direct = createNodeServer(options).listen(0, '127.0.0.1');
  hono = serve({ fetch: createApp(options).fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  const [directPort, honoPort] = await Promise.all([listening(direct), listening(hono)]);
  ports = { direct: directPort, hono: honoPort };
});
afterAll(async () => {
  for (const server of [direct, hono]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

interface Sent {
  method: string;
  target: string;
  headers: Record<string, string>;
  body?: string;
}

/** Sends the target as written (no URL normalisation on the client side). */
function send(port: number, { method, target, headers, body }: Sent) {
  return new Promise<{ status: number; type: string | undefined; body: string } | 'refused'>(
    (resolve, reject) => {
      let req: ReturnType<typeof httpRequest>;
      try {
        // A fresh connection each time: a kept-alive one may be closed by the server's idle
        // timeout just as it is reused (ECONNRESET), when the previous test ran slowly.
        const options = { port, host: '127.0.0.1', method, path: target, headers, agent: false };
        req = httpRequest(options, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            text += chunk;
          });
          // Request ids differ per request by design: compare everything else byte for byte.
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              type: res.headers['content-type'],
              body: text.replace(/"request_id":"req_[A-Za-z0-9]{24}"/g, '"request_id":"req_…"'),
            }),
          );
        });
      } catch {
        return resolve('refused'); // a target or header Node's client will not send
      }
      req.on('error', reject);
      req.end(body);
    },
  );
}

let malformedSeen = 0;
const sameAnswer = async (sent: Sent) => {
  const [viaDirect, viaHono] = [await send(ports.direct, sent), await send(ports.hono, sent)];
  const what = `${sent.method} ${sent.target} (Host: ${sent.headers.host})`;
  if (viaHono !== 'refused' && viaHono.status === 400 && viaHono.body === '') {
    // Where the bare Hono adapter answers an empty 400, ours is a JSON error (api.md, Errors).
    malformedSeen++;
    expect(viaDirect, what).toMatchObject({ status: 400, type: 'application/json' });
    if (sent.method === 'HEAD') {
      expect((viaDirect as { body: string }).body, what).toBe(''); // no body, ever, for HEAD
      return viaDirect;
    }
    const body = JSON.parse((viaDirect as { body: string }).body);
    expect(body.error.code, what).toBe('invalid_request');
    expect(body.error.message, what).toMatch(
      /^The request (target or Host header is malformed|is not valid HTTP)/,
    );
    return viaDirect;
  }
  expect(viaDirect, what).toEqual(viaHono);
  return viaDirect;
};

const summaryBody = JSON.stringify({ contract: { plan_id: 'team', quantity: 7, currency: 'USD' } });
const json = { 'content-type': 'application/json', authorization: `Bearer ${key}` };

describe('createNodeListener', () => {
  it('answers plain targets itself, the same as the Hono app', async () => {
    for (const target of ['/catalog', '/catalog?x=1', '/health', '/nope', '/checkout_session']) {
      const answer = await sameAnswer({ method: 'GET', target, headers: { host: 'localhost' } });
      expect(answer).not.toBe('refused');
    }
    const priced = await sameAnswer({
      method: 'POST',
      target: '/checkout_session/summary?preview=1',
      headers: { ...json, host: 'localhost:8787' },
      body: summaryBody,
    });
    expect(priced).toMatchObject({ status: 200, type: 'application/json' });
  });

  it('decodes and refuses odd targets and Host headers exactly as the Hono app', async () => {
    const targets = [
      '/%63atalog',
      '/checkout_session/../catalog',
      '/checkout_session/%2e%2e/catalog',
      '/./health',
      '/..',
      '//catalog',
      '/catalog#top',
      '/catalog\\x',
      '/%zz',
      '/%E2%82%AC',
      'http://example.com/catalog',
      'https://example.com/health?x',
      '*',
      '',
    ];
    const hosts = ['localhost', 'LOCALHOST', 'example.com:80', 'a b', 'x/y', 'ex@mple', ''];
    for (const target of targets) {
      for (const host of hosts) {
        await sameAnswer({ method: 'GET', target, headers: { host } });
      }
    }
    expect(malformedSeen).toBeGreaterThan(10);
  });

  it('logs a line for a malformed target or Host, as for any request', async () => {
    const lines: Record<string, unknown>[] = [];
    const logged = createServer(
      createNodeListener({ ...options, logger: (line) => lines.push(line) }),
    ).listen(0, '127.0.0.1');
    try {
      const answer = await send(await listening(logged), {
        method: 'GET',
        target: '/catalog\\x',
        headers: { host: 'a b' },
      });
      expect(answer).toMatchObject({ status: 400, type: 'application/json' });
      expect(lines).toEqual([
        expect.objectContaining({ method: 'GET', path: '/catalog\\x', status: 400 }),
      ]);
    } finally {
      logged.close();
    }
  });

  it('agrees with the Hono app on any path, method and body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'HEAD', 'PATCH', 'OPTIONS'),
        fc.oneof(
          fc.webPath(),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string().map((s) => `/checkout_session/${s}`),
          fc.constantFrom('/checkout_session/summary', '/health', '/catalog'),
        ),
        fc.option(fc.constantFrom(summaryBody, '{', ''), { nil: undefined }),
        async (method, target, body) => {
          const sendsBody = body !== undefined && method !== 'GET' && method !== 'HEAD';
          await sameAnswer({
            method,
            target,
            headers: { ...json, host: 'localhost' },
            ...(sendsBody ? { body } : {}),
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
