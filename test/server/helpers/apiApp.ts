import { afterAll } from 'vitest';
import catalogJson from '../../../demo/catalog.json' with { type: 'json' };
import type { Catalog } from '../../../src/core/catalog.js';
import { type AppOptions, createApp } from '../../../src/server/createApp.js';
import { apiCaller } from './api.js';
import { pgliteStore } from './pgliteStore.js';

/** The example catalog every app of the server tests sells. */
export const catalog = catalogJson as Catalog;

/** A contract on the `team` plan in USD. */
export const team = (quantity = 3) => ({ plan_id: 'team', quantity, currency: 'USD' });

/** A well-formed session id that no test creates. */
export const ghost = '6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab';

/**
 * The Hono app on a fresh PGlite store (loaded from the template, one per test file) and the
 * example catalog. Await it at the top of a test file: the store closes after the file's tests.
 * @example const { store, call } = await startApiApp({ secretKey: key, logger: () => {} });
 */
export async function startApiApp(options: Omit<AppOptions, 'store' | 'catalog'>) {
  const store = await pgliteStore();
  afterAll(() => store.close());
  const app = createApp({ store, catalog, ...options });
  return { store, app, call: apiCaller(app) };
}
