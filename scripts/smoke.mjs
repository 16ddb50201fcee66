// Consumer smoke test: what a merchant does on day one, from the packed tarball rather than from
// src/. `npm pack` → a fresh Vite + React app in the OS temp dir → install the tarball and the
// peers → type-check and build it with Vite → serve the build → render <CheckoutEditor> in
// Chromium against `checkout-editor/mock` on an MSW service worker → run the README's example spec
// (checkout-editor/testing) with the app's own @playwright/test against the same page. Catches what unit tests can't:
// a missing file in "files", an export map pointing nowhere, .d.ts that only compile inside the
// repo, a CSS export a bundler can't resolve, a peer that should have been bundled or vice versa.
//
// Versions of the peers are the ones installed in this repo, so `npm install --prefer-offline`
// is served from the npm cache that `npm ci` warmed (CI reaches only the npm registry anyway).
// Usage: node scripts/smoke.mjs [--no-build] [--keep]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { freePort } from '../bench/lib/processes.mjs';
import { consumerFiles, readmeExample } from '../test/package/consumerApp.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';
import { packForConsumer } from './packForConsumer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const started = Date.now();
const step = (what) =>
  console.log(`smoke [${((Date.now() - started) / 1000).toFixed(1)}s] ${what}`);
const versionOf = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

function run(command, commandArgs, cwd) {
  const r = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', env: npmEnv() });
  if (r.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

// The temp app must not inherit this repo's npm lifecycle context (npm_config_* of `npm test`).
function npmEnv() {
  const env = { ...process.env, NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
  return env;
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const work = mkdtempSync(join(tmpdir(), 'checkout-editor-smoke-'));
const app = join(work, 'app');
let preview;
let browser;
let failed = false;

try {
  const build = !args.has('--no-build');
  const tarball = packForConsumer({ root, work, build, run, step });

  step('write a fresh Vite React app');
  const versions = Object.fromEntries(
    [
      'react',
      'react-dom',
      '@tanstack/react-query',
      'react-hook-form',
      'zod',
      'msw',
      'vite',
      '@vitejs/plugin-react',
      'typescript',
      '@types/react',
      '@types/react-dom',
      '@playwright/test',
      '@types/node',
    ].map((name) => [name, versionOf(name)]),
  );
  const spec = readmeExample(readFileSync(join(root, 'README.md'), 'utf8'));
  const files = consumerFiles({ tarball, versions, spec, launchOptions: chromiumLaunchOptions });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), text);
  }

  step('npm install (tarball + peers, --prefer-offline)');
  // --ignore-scripts: nothing here needs an install script (MSW's worker is copied below).
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  // What `npx msw init public` does, without a network round trip.
  writeFileSync(
    join(app, 'public', 'mockServiceWorker.js'),
    readFileSync(join(app, 'node_modules', 'msw', 'lib', 'mockServiceWorker.js')),
  );

  step('tsc --noEmit (the published .d.ts, seen from a consumer)');
  const tsc = join(app, 'node_modules', 'typescript', 'bin', 'tsc');
  run(process.execPath, [tsc, '--noEmit'], app);
  run(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.tests.json'], app);

  step('vite build');
  const vite = join(app, 'node_modules', 'vite', 'bin', 'vite.js');
  run(process.execPath, [vite, 'build'], app);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  step(`vite preview on ${origin}`);
  preview = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: app, env: npmEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let previewLog = '';
  preview.stdout.on('data', (d) => {
    previewLog += d;
  });
  preview.stderr.on('data', (d) => {
    previewLog += d;
  });
  await waitForHttp(origin, preview, 15_000).catch((e) => {
    throw new Error(`${e.message}\n${previewLog}`);
  });

  step('render in Chromium');
  browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  // Nothing but the preview server may be reached.
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      errors.push(`unexpected request: ${route.request().url()}`);
      return route.abort();
    },
  );
  await page.goto(origin);
  const form = page.getByRole('form', { name: 'Edit checkout' });
  const summary = page.getByRole('region', { name: 'Price summary' });
  try {
    await form.waitFor({ timeout: 15_000 });
    await summary.waitFor({ timeout: 5_000 });
  } catch (e) {
    throw new Error(`${e.message}\nbrowser errors:\n${errors.join('\n') || '(none)'}`);
  }
  // The mock priced the seeded session: a total is on screen, not a skeleton.
  await summary.getByText('Total').first().waitFor({ timeout: 5_000 });
  if (errors.length > 0) throw new Error(`browser errors:\n${errors.join('\n')}`);
  step('ok: form "Edit checkout" and region "Price summary" rendered from the packed package');

  step("the README's example spec: playwright test, on the storefront with mockCheckoutApi");
  const playwrightCli = join(app, 'node_modules', '@playwright', 'test', 'cli.js');
  const example = spawnSync(process.execPath, [playwrightCli, 'test'], {
    cwd: app,
    encoding: 'utf8',
    env: { ...npmEnv(), BASE_URL: origin, CI: '' },
  });
  if (example.status !== 0) {
    throw new Error(`the README example failed:\n${example.stdout}\n${example.stderr}`);
  }
  step('ok: the README example passed against the packed package');
} catch (e) {
  failed = true;
  console.error(`smoke: FAILED\n${e instanceof Error ? e.message : e}`);
} finally {
  await browser?.close();
  preview?.kill();
  if (failed && args.has('--keep')) console.error(`smoke: app kept at ${app}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
