import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import defaultCatalog from '../../src/server/defaultCatalog.json' with { type: 'json' };
import { defaultSecretKey, startServer } from '../../src/server/startServer.js';

/* Start-up refusals happen before any storage is opened, so these are fast. */

const dir = mkdtempSync(join(tmpdir(), 'checkout-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('startServer', () => {
  it('refuses the public development key in production', async () => {
    await expect(startServer({ env: { NODE_ENV: 'production' } })).rejects.toThrow(
      /CHECKOUT_SECRET_KEY/,
    );
    await expect(
      startServer({ env: { NODE_ENV: 'production', CHECKOUT_SECRET_KEY: defaultSecretKey } }),
    ).rejects.toThrow(/CHECKOUT_SECRET_KEY/);
  });

  it('refuses an invalid catalog, naming the problem', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        plans: [
          {
            id: 'p',
            name: 'P',
            interval: 'month',
            quantity: { min: 1, max: 5 },
            prices: { USD: { scheme: 'flat', amount: 100 } },
          },
        ],
        products: [],
      }),
    );
    await expect(startServer({ env: { CATALOG_FILE: file } })).rejects.toThrow(
      /Invalid catalog.*bad\.json[\s\S]*plans\.0.*quantity\.max must be 1/,
    );
    writeFileSync(join(dir, 'broken.json'), '{');
    await expect(startServer({ env: { CATALOG_FILE: join(dir, 'broken.json') } })).rejects.toThrow(
      /not valid JSON/,
    );
    await expect(startServer({ env: { CATALOG_FILE: join(dir, 'missing.json') } })).rejects.toThrow(
      /Cannot read CATALOG_FILE/,
    );
  });

  it('refuses a bad PORT', async () => {
    await expect(startServer({ env: { PORT: 'http' } })).rejects.toThrow(/PORT/);
  });

  it('bundles the demo catalog as its default, unchanged', () => {
    const demo = JSON.parse(
      readFileSync(new URL('../../demo/catalog.json', import.meta.url), 'utf8'),
    );
    expect(defaultCatalog).toEqual(demo);
  });
});
