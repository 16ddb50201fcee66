// Consumer test (a) of scripts/consumer-embed.mjs: a fresh Next.js App Router app with the packed
// tarball (test/package/nextApp.mjs); `next build` (fails if an entry lacks 'use client') and
// `next start` on a free port; the server HTML already holds the form; Chromium hydrates it with
// no request and no error before the first edit, edits the quantity, sees the price, saves; a
// page without initial data loads the same form in the browser.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { freePort } from '../bench/lib/processes.mjs';
import { nextAppFiles } from '../test/package/nextApp.mjs';

// The temp app must not inherit this repo's npm lifecycle context (npm_config_* of `npm test`).
function cleanEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: '1', NEXT_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
  return env;
}

function run(command, args, cwd, env = cleanEnv()) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** The server-rendered HTML of a page holds the editable form with the session's values. */
function checkServerHtml(html) {
  for (const needle of [
    'aria-label="Edit checkout"',
    'type="radio"',
    'Price summary',
    'Save changes',
  ]) {
    if (!html.includes(needle)) throw new Error(`server HTML lacks ${needle}`);
  }
  const quantity = /<input[^>]*type="number"[^>]*>/.exec(html)?.[0] ?? '';
  if (!/value="5"/.test(quantity)) throw new Error(`server HTML quantity input: ${quantity}`);
}

/** @param {{ root: string, work: string, tarball: string, apiUrl: string, createSession: (api: string) => Promise<{ sessionId: string, clientSecret: string }>, secretKey: string, browser: import('@playwright/test').Browser, step: (s: string) => void }} o */
export async function checkNextApp({
  root,
  work,
  tarball,
  apiUrl,
  createSession,
  secretKey,
  browser,
  step,
}) {
  const versionOf = (name) =>
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const versions = Object.fromEntries(
    ['next', 'react', 'react-dom', '@tanstack/react-query', 'react-hook-form', 'zod'].map((n) => [
      n,
      versionOf(n),
    ]),
  );
  const app = join(work, 'next-app');
  step('next: write a fresh App Router app');
  for (const [path, text] of Object.entries(nextAppFiles({ tarball, versions, apiUrl }))) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), text);
  }
  step('next: npm install (tarball + next + peers, --prefer-offline)');
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  const nextBin = join(app, 'node_modules', 'next', 'dist', 'bin', 'next');
  step('next: next build');
  run(process.execPath, [nextBin, 'build'], app);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  step(`next: next start on ${origin}`);
  const server = spawn(
    process.execPath,
    [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: app,
      env: cleanEnv({ CHECKOUT_API_URL: apiUrl, CHECKOUT_SECRET_KEY: secretKey }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  server.stdout.on('data', (d) => {
    log += d;
  });
  server.stderr.on('data', (d) => {
    log += d;
  });
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`next start exited:\n${log}`);
      try {
        // The page without data: a probe of / would render it with no session and log an error.
        await fetch(`${origin}/plain`);
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`next start did not answer:\n${log}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const { sessionId, clientSecret } = await createSession(apiUrl);
    const query = `?session_id=${sessionId}&client_secret=${clientSecret}`;

    step('next: the server HTML holds the form');
    const response = await fetch(`${origin}/${query}`);
    if (!response.ok) throw new Error(`GET / answered ${response.status}:\n${log}`);
    checkServerHtml(await response.text());

    step('next: hydrate with no request, edit, see the price, save');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      const apiCalls = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        // The app has no favicon; the browser's own request for it is not the widget's doing.
        if (m.location().url.endsWith('/favicon.ico')) return;
        if (m.type() === 'error' || m.type() === 'warning') errors.push(`console: ${m.text()}`);
      });
      page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/api/'))
          apiCalls.push(`${r.method()} ${r.url()}`);
      });
      await page.goto(`${origin}/${query}`);
      const quantity = page.getByRole('spinbutton', { name: 'Quantity' });
      await quantity.waitFor();
      if ((await quantity.inputValue()) !== '5') throw new Error('quantity is not the session’s 5');
      await page.waitForLoadState('networkidle');
      if (apiCalls.length > 0)
        throw new Error(`requests before the first edit:\n${apiCalls.join('\n')}`);
      const summary = page.getByRole('region', { name: 'Price summary' });
      const before = await summary.textContent();
      // Hydrated: a click on "+" is handled by React (server HTML alone would do nothing).
      const deadline2 = Date.now() + 15_000;
      while ((await quantity.inputValue()) === '5') {
        if (Date.now() > deadline2) throw new Error('"Increase quantity" never took effect');
        await page.getByRole('button', { name: 'Increase quantity' }).click();
        await page.waitForTimeout(100);
      }
      if ((await quantity.inputValue()) !== '6') throw new Error('quantity did not step to 6');
      const deadline = Date.now() + 10_000;
      while ((await summary.textContent()) === before) {
        if (Date.now() > deadline) throw new Error('the price summary did not change');
        await page.waitForTimeout(100);
      }
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').filter({ hasText: 'saved' }).waitFor({ timeout: 10_000 });
      const stored = await (
        await fetch(`${apiUrl}/checkout_session/${sessionId}`, {
          headers: { Authorization: `Bearer ${secretKey}` },
        })
      ).json();
      if (stored.contract.quantity !== 6)
        throw new Error(`saved quantity ${stored.contract.quantity}`);

      step('next: a page without initial data loads the form in the browser');
      const other = await createSession(apiUrl);
      const plain = await fetch(
        `${origin}/plain?session_id=${other.sessionId}&client_secret=${other.clientSecret}`,
      );
      if (!plain.ok) throw new Error(`GET /plain answered ${plain.status}`);
      await page.goto(
        `${origin}/plain?session_id=${other.sessionId}&client_secret=${other.clientSecret}`,
      );
      await page.getByRole('form', { name: 'Edit checkout' }).waitFor({ timeout: 15_000 });
      await page
        .getByRole('region', { name: 'Price summary' })
        .getByText('Total')
        .first()
        .waitFor();
      if (errors.length > 0) throw new Error(`browser errors:\n${errors.join('\n')}`);
    } finally {
      await context.close();
    }
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : e}\nnext start log:\n${log.slice(-3000)}`);
  } finally {
    server.kill();
  }
}
