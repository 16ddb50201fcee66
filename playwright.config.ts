import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/*
 * The e2e suite runs against `npm run demo` exactly as a developer starts it, on two ports that
 * are free when the run starts (E2E_API_PORT / E2E_DEMO_PORT pin them), a fresh DATA_DIR per
 * run, and a catalog with a KWD price (3 decimals) that the demo catalog lacks.
 */

/** Two TCP ports free on 127.0.0.1 right now, held open together so they differ. */
function twoFreePorts(): [string, string] {
  const script = `const net = require('node:net');
const a = net.createServer().listen(0, '127.0.0.1', () => {
  const b = net.createServer().listen(0, '127.0.0.1', () => {
    console.log(a.address().port + ' ' + b.address().port); a.close(); b.close();
  });
});`;
  const out = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const [api, demo] = out.stdout.trim().split(' ');
  if (!api || !demo) throw new Error(`could not find free ports: ${out.stderr}`);
  return [api, demo];
}

// Playwright loads this file in every worker too; workers inherit the main process's env, so
// the ports and the directory are chosen once per run.
if (!process.env.E2E_API_PORT || !process.env.E2E_DEMO_PORT) {
  [process.env.E2E_API_PORT, process.env.E2E_DEMO_PORT] = twoFreePorts();
}
const apiPort = process.env.E2E_API_PORT;
const demoPort = process.env.E2E_DEMO_PORT;
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'checkout-editor-e2e-'));
process.env.E2E_SECRET_KEY ??= 'sk_test_e2e_checkout_editor';
process.env.E2E_API_URL ??= `http://127.0.0.1:${apiPort}`;

const baseURL = `http://127.0.0.1:${demoPort}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  // Generous for a shared 2-core machine; a quiet one finishes each step in well under a second.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    browserName: 'chromium',
    // Debian's Chromium; this project never downloads browsers.
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'node scripts/demo.mjs',
    url: `${baseURL}/`,
    env: {
      PORT: apiPort,
      DEMO_PORT: demoPort,
      DEMO_HOST: '127.0.0.1',
      DATA_DIR: process.env.E2E_DATA_DIR,
      CHECKOUT_SECRET_KEY: process.env.E2E_SECRET_KEY,
      CATALOG_FILE: 'e2e/fixtures/catalog.json',
    },
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
