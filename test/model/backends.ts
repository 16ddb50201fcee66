import { request as httpRequest } from 'node:http';
import { getResponse } from 'msw';
import type { Catalog } from '../../src/core/index.js';
import { createMockBackend } from '../../src/mock/index.js';
import defaultCatalog from '../../src/server/defaultCatalog.json' with { type: 'json' };
import { type RunningServer, startServer } from '../../src/server/index.js';
import { startPostgresCluster } from '../server/helpers/postgresCluster.js';

/*
 * The three backends of "one behaviour on every backend", each reached through the adapter a
 * merchant uses: the mock through its MSW handlers (msw's getResponse: the handlers as a
 * service worker or setupServer runs them, without patching this process's fetch), the
 * reference server on PGlite and on PostgreSQL through a real socket (node:http, what
 * `npm run server` runs), so raw details survive the trip: repeated headers, malformed escapes.
 */

/** One request on the wire; `path` is below the API's base, still percent-encoded. */
export interface WireRequest {
  method: string;
  path: string;
  /** In order; a name may repeat. */
  headers: [string, string][];
  body?: string | undefined;
}

/** What came back: `body` parsed as JSON (the text if it is not JSON), null without one. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface Backend {
  name: string;
  send(request: WireRequest): Promise<WireResponse>;
  close(): Promise<void>;
}

export const secretKey = 'sk_test_one_behaviour';
export const catalog = defaultCatalog as Catalog;

const parse = (text: string): unknown => {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};
const sendsBody = (method: string) => method !== 'GET' && method !== 'HEAD';

/** The mock backend behind its MSW handlers. */
export function mockBackend(): Backend {
  const baseUrl = 'http://mock.test/api';
  const backend = createMockBackend({ catalog, baseUrl, secretKey });
  return {
    name: 'mock (MSW)',
    async send({ method, path, headers, body }) {
      const request = new Request(`${baseUrl}${path}`, {
        method,
        headers: new Headers(headers),
        body: sendsBody(method) ? (body ?? null) : null,
      });
      const response = await getResponse(backend.handlers, request);
      if (!response) throw new Error(`the mock's handlers did not take ${method} ${path}`);
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: parse(await response.text()),
      };
    },
    close: async () => undefined,
  };
}

/** The reference server (`startServer`, node:http) on a free port. */
async function serverBackend(name: string, env: Record<string, string>): Promise<Backend> {
  const server: RunningServer = await startServer({
    env: { HOST: '127.0.0.1', PORT: '0', CHECKOUT_SECRET_KEY: secretKey, ...env },
    logger: () => undefined,
  });
  return {
    name,
    send({ method, path, headers, body }) {
      const raw = [['host', `127.0.0.1:${server.port}`], ...headers].flat();
      return new Promise((resolve, reject) => {
        const request = httpRequest(
          { host: '127.0.0.1', port: server.port, method, path, headers: raw },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => {
              text += chunk;
            });
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers as Record<string, string>,
                body: parse(text),
              }),
            );
          },
        );
        request.on('error', reject);
        request.end(sendsBody(method) ? body : undefined);
      });
    },
    close: () => server.close(),
  };
}

export const pgliteBackend = () => serverBackend('server on PGlite', { DATA_DIR: ':memory:' });

/** The server on a throwaway PostgreSQL cluster; `close` stops both. */
export async function postgresBackend(): Promise<Backend> {
  const cluster = await startPostgresCluster();
  try {
    const backend = await serverBackend('server on PostgreSQL', { DATABASE_URL: cluster.url });
    return {
      ...backend,
      close: async () => {
        await backend.close();
        await cluster.stop();
      },
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
