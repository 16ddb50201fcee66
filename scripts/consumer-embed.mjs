// Consumer tests of embedding (embed.md §4), from the packed tarball like a merchant:
//   (a) a fresh Next.js App Router app (scripts/consumerNext.mjs): a Server Component page reads
//       the session with the secret key and renders <CheckoutEditor initialSession initialCatalog>;
//       `next build` + `next start`; the server HTML holds the form; Chromium edits and saves;
//       a second page passes no initial data;
//   (b) a plain HTML page with the standalone <checkout-editor> (scripts/consumerElement.mjs).
// Both run against the reference server (`npm run server`, in-memory storage) on free ports.
// Usage: node scripts/consumer-embed.mjs [--no-build] [--keep] [--only=element|next]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { freePort } from '../bench/lib/processes.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';
import { checkElementPage, servePlainPage } from './consumerElement.mjs';
import { checkNextApp } from './consumerNext.mjs';
import { packForConsumer } from './packForConsumer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const started = Date.now();
const step = (what) =>
  console.log(`consumer-embed [${((Date.now() - started) / 1000).toFixed(1)}s] ${what}`);
const secretKey = 'sk_test_consumer_embed';

function run(command, commandArgs, cwd) {
  const r = spawnSync(command, commandArgs, { cwd, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout;
}

/** The reference server, as `npm run server` starts it, on a free port with in-memory storage. */
async function startReferenceServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'scripts', 'server.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: ':memory:',
      CHECKOUT_SECRET_KEY: secretKey,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d) => {
    log += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`reference server exited:\n${log}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`reference server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fresh open guest session (Team × 5, USD) through the API with the secret key. */
export async function createSession(apiUrl) {
  const response = await fetch(`${apiUrl}/checkout_session`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      contract: { plan_id: 'team', quantity: 5, currency: 'USD' },
      customer: { email: 'guest@example.com' },
    }),
  });
  if (!response.ok)
    throw new Error(`creating a session: ${response.status} ${await response.text()}`);
  const created = await response.json();
  return { sessionId: created.id, clientSecret: created.client_secret };
}

const work = mkdtempSync(join(tmpdir(), 'checkout-editor-embed-'));
let failed = false;
const cleanups = [];
try {
  const build = !args.includes('--no-build');
  const tarball = packForConsumer({ root, work, build, run, step });
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  run('tar', ['-xzf', tarball, '-C', unpacked], work);

  step('reference server');
  const api = await startReferenceServer();
  cleanups.push(() => api.child.kill());
  const browser = await chromium.launch(chromiumLaunchOptions);
  cleanups.push(() => browser.close());

  if (only !== 'next') {
    step('element: plain page with the standalone file from the tarball');
    const page = await servePlainPage({
      standaloneFile: join(unpacked, 'package', 'dist', 'element', 'checkout-editor.standalone.js'),
      apiUrl: api.url,
      session: await createSession(api.url),
      port: await freePort(),
    });
    cleanups.push(() => page.server.close());
    await checkElementPage({ browser, origin: page.origin, step });
    step('ok: <checkout-editor> from the standalone file');
  }
  if (only !== 'element') {
    await checkNextApp({
      root,
      work,
      tarball,
      apiUrl: api.url,
      createSession,
      secretKey,
      browser,
      step,
    });
    step('ok: Next.js App Router app');
  }
} catch (e) {
  failed = true;
  console.error(`consumer-embed: FAILED\n${e instanceof Error ? e.stack : e}`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (failed && args.includes('--keep')) console.error(`consumer-embed: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
