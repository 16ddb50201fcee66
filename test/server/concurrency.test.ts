import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { Catalog } from '../../src/core/catalog.js';
import { createApp } from '../../src/server/createApp.js';
import type { PgliteStore } from '../../src/server/storage/createPgliteStore.js';
import { concurrencySuite } from './helpers/concurrencySuite.js';
import { pgliteStore } from './helpers/pgliteStore.js';

/* Races over a real socket against one server on PGlite (transactions serialised in-process). */

const key = 'sk_test_concurrency';
let store: PgliteStore;
let server: ReturnType<typeof serve>;
let url = '';

beforeAll(async () => {
  store = await pgliteStore();
  const app = createApp({
    store,
    catalog: catalogJson as Catalog,
    secretKey: key,
    logger: () => {},
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if ('closeAllConnections' in server) server.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await store?.close();
});

describe('concurrency on PGlite (one process)', () => {
  concurrencySuite(() => ({ urls: [url], key }));
});
