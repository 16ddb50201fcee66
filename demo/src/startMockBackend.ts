import { catalogSchema } from '../../src/core/index.js';
import type { MockBackend } from '../../src/mock/index.js';
import { mockSeeds } from './mockSeeds.js';

/**
 * Starts the MSW service worker with the mock backend under /api. Loaded on demand so the
 * storefront build that talks to the real server never downloads msw.
 */
export async function startMockBackend(): Promise<MockBackend> {
  const [{ setupWorker }, { createMockBackend }, catalogJson] = await Promise.all([
    import('msw/browser'),
    import('../../src/mock/index.js'),
    import('../catalog.json'),
  ]);
  const catalog = catalogSchema.parse(catalogJson.default);
  const backend = createMockBackend({
    catalog,
    sessions: mockSeeds(catalog),
    baseUrl: '/api',
    // Enough to see the skeleton and the "updating" state, short enough not to annoy.
    latencyMs: 250,
  });
  await setupWorker(...backend.handlers).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  await backend.ready;
  return backend;
}
