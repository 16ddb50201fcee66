import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSeeds } from '../../demo/demoSeeds.mjs';
import { mockSeeds } from '../../demo/src/mockSeeds.js';
import { ensureDemoLinks } from '../../scripts/demo-seed.mjs';
import { catalogSchema } from '../../src/core/index.js';
import { createMockBackend } from '../../src/mock/index.js';
import defaultCatalog from '../../src/server/defaultCatalog.json' with { type: 'json' };
import { type RunningServer, startServer } from '../../src/server/startServer.js';

/* `npm run demo` with a merchant's own CATALOG_FILE: none of the demo catalog's plan ids. */
const merchantCatalog = {
  plans: [
    {
      id: 'solo',
      name: 'Solo',
      interval: 'month',
      prices: { GBP: { scheme: 'flat', amount: 500 } },
    },
    {
      id: 'crew',
      name: 'Crew',
      interval: 'month',
      quantity: { min: 2, max: 4 },
      prices: {
        GBP: { scheme: 'per_unit', unit_amount: 700 },
        CHF: { scheme: 'per_unit', unit_amount: 800 },
      },
    },
    {
      id: 'fleet',
      name: 'Fleet',
      interval: 'year',
      quantity: { min: 100, max: 1000 },
      prices: {
        GBP: { scheme: 'tiered', mode: 'volume', tiers: [{ up_to: null, unit_amount: 90 }] },
      },
    },
  ],
  products: [],
};

const dir = mkdtempSync(join(tmpdir(), 'checkout-demo-seed-'));
const dataDir = join(dir, 'data');
const catalogFile = join(dir, 'catalog.json');
writeFileSync(catalogFile, JSON.stringify(merchantCatalog));
let now = Date.now();
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    env: { PORT: '0', DATA_DIR: dataDir, CATALOG_FILE: catalogFile },
    clock: () => new Date(now),
    logger: () => {},
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ensure = () =>
  ensureDemoLinks({
    apiUrl: server.url,
    secretKey: server.secretKey,
    dataDir,
    repoRoot: dir,
    now: () => new Date(now),
  });

async function sessionOf(link: { id: string; clientSecret: string }) {
  const response = await fetch(`${server.url}/checkout_session/${link.id}`, {
    headers: { Authorization: `Bearer ${link.clientSecret}` },
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe('demo seeding with a merchant catalog', () => {
  it('seeds only plans the catalog offers, clamped to their quantity ranges', async () => {
    const { links, seededNow } = await ensure();
    expect(seededNow).toBe(true);
    expect(links.map((link) => link.key)).toEqual(['guest', 'known-customer', 'tiered', 'paid']);
    expect(links.map((link) => link.label)).toEqual([
      'Guest, Crew × 4 (GBP)',
      'Known customer, Crew × 4 (CHF)',
      'Tiered pricing, Fleet × 100 (GBP)',
      'Paid, read-only, Solo (GBP)',
    ]);
    const sessions = await Promise.all(links.map(sessionOf));
    expect(sessions.map((s) => [s.contract.plan_id, s.status])).toEqual([
      ['crew', 'open'],
      ['crew', 'open'],
      ['fleet', 'open'],
      ['solo', 'complete'],
    ]);
  });

  it('a later start prints the same links while they are live', async () => {
    const first = await ensure();
    expect(first.seededNow).toBe(false);
    const again = await ensure();
    expect(again.links.map((link) => link.id)).toEqual(first.links.map((link) => link.id));
  });

  it('re-seeds a link whose session was paid, and every link once they expired', async () => {
    const before = (await ensure()).links;
    const guest = before.find((link) => link.key === 'guest');
    if (!guest) throw new Error('no guest link');
    const paid = await fetch(`${server.url}/checkout_session/${guest.id}/confirm`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${guest.clientSecret}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ payment_method: 'pm_card_ok' }),
    });
    expect(paid.status).toBe(200);
    const afterPaying = await ensure();
    expect(afterPaying.links.filter((link) => link.fresh).map((link) => link.key)).toEqual([
      'guest',
    ]);
    expect(afterPaying.links[0]?.id).not.toBe(guest.id);
    expect((await sessionOf(afterPaying.links[0] as typeof guest)).status).toBe('open');

    now += 25 * 3_600_000; // past every open session's expires_at (24 h)
    const afterExpiry = await ensure();
    expect(afterExpiry.links.filter((link) => link.fresh).map((link) => link.key)).toEqual([
      'guest',
      'known-customer',
      'tiered',
    ]);
    for (const link of afterExpiry.links) {
      expect(['open', 'complete']).toContain((await sessionOf(link)).status);
    }
  });
});

describe('one seed list for the server and the mock', () => {
  it('the mock seeds the guest, the known customer and the paid session of any catalog', async () => {
    for (const json of [defaultCatalog, merchantCatalog]) {
      const catalog = catalogSchema.parse(json);
      const backend = createMockBackend({
        catalog,
        sessions: mockSeeds(catalog),
        baseUrl: 'http://localhost/api',
      });
      const msw = setupServer(...backend.handlers);
      msw.listen({ onUnhandledRequest: 'bypass' });
      try {
        await backend.ready;
        expect(backend.sessions.map((s) => s.session.status)).toEqual(['open', 'open', 'complete']);
      } finally {
        msw.close();
      }
    }
  });

  it('a catalog without priced plans seeds from its products, or nothing instead of failing', async () => {
    expect(demoSeeds({ plans: [], products: [] })).toEqual([]);
    const productsOnly = catalogSchema.parse({ plans: [], products: merchantCatalog.plans });
    const seeds = demoSeeds(productsOnly, '2030-01-01');
    expect(seeds.map((seed) => seed.create.contract)).toContainEqual({
      items: [{ product_id: 'crew', quantity: 4 }],
      currency: 'GBP',
      start_date: '2030-01-01',
    });
    const backend = createMockBackend({
      catalog: productsOnly,
      sessions: mockSeeds(productsOnly),
      baseUrl: 'http://localhost/api',
    });
    await backend.ready;
    expect(backend.sessions.map((s) => s.session.status)).toEqual(['open', 'open', 'complete']);
  });

  it('the demo catalog keeps the familiar seeds', () => {
    expect(demoSeeds(defaultCatalog, '2030-01-01').map((seed) => seed.label)).toEqual([
      'Guest, Team × 5 (USD)',
      'Known customer, Team × 7 (JPY)',
      'Guest, Team × 3 (EUR)',
      'Tiered pricing, Scale × 60 (USD)',
      'Paid, read-only, Starter (USD)',
    ]);
  });
});
