#!/usr/bin/env node
// `npm run demo` (build + preview) and `npm run demo:dev` (hot reload): starts the reference
// server, seeds sessions from the plans of its catalog (again for links paid or expired since),
// serves the demo storefront with /api proxied to the server, and prints the links. See
// docs/demo.md.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isPortFree, waitForHealth } from './demo-net.mjs';
import { ensureDemoLinks } from './demo-seed.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const dev = process.argv.includes('--dev');

const apiPort = Number(process.env.PORT ?? '8787');
const demoPort = Number(process.env.DEMO_PORT ?? '5173');
const demoHost = process.env.DEMO_HOST ?? 'localhost';
const dataDir = process.env.DATA_DIR ?? '.data';
// Seeding needs the key; unset, it is the server's public development default (src/server/startServer.ts).
const secretKey = process.env.CHECKOUT_SECRET_KEY || 'sk_test_checkout_editor_dev';
const apiUrl = `http://127.0.0.1:${apiPort}`;

/** @type {import('node:child_process').ChildProcess | null} */
let server = null;
/** @type {{ close(): Promise<void> } | null} */
let web = null;
let stopping = false;

const log = (message) => process.stdout.write(`[demo] ${message}\n`);

async function main() {
  for (const [port, name] of [
    [apiPort, 'PORT'],
    [demoPort, 'DEMO_PORT'],
  ]) {
    if (!(await isPortFree(port))) {
      throw new Error(
        `Port ${port} (${name}) is already in use; stop that process or set ${name}.`,
      );
    }
  }

  server = startServer();
  await waitForHealth(`${apiUrl}/health`, server, 60_000);
  log(`API ready at ${apiUrl} (DATA_DIR=${dataDir})`);

  const { links, seededNow } = await ensureDemoLinks({ apiUrl, secretKey, dataDir, repoRoot });

  // Vite reads these when it loads demo/vite.config.ts, in this process.
  process.env.PORT = String(apiPort);
  process.env.DEMO_PORT = String(demoPort);
  process.env.DEMO_HOST = demoHost;
  // The desk's token endpoint (demo/supportDesk.ts) mints with it, in this process only.
  process.env.CHECKOUT_SECRET_KEY = secretKey;
  const vite = await import('vite');
  const configFile = fileURLToPath(new URL('../demo/vite.config.ts', import.meta.url));
  if (dev) {
    const devServer = await vite.createServer({ configFile });
    await devServer.listen();
    web = devServer;
  } else {
    await vite.build({ configFile, logLevel: 'warn' });
    web = await vite.preview({ configFile });
  }
  if (stopping) return;

  const origin = `http://${demoHost}:${demoPort}`;
  log(`Demo ${dev ? '(dev, hot reload)' : '(production build)'} at ${origin}/`);
  if (links.length === 0)
    log('The catalog offers no plan or product with a price: no sessions seeded.');
  else if (links.every((link) => link.fresh)) log('Seeded sessions:');
  else if (seededNow)
    log(`Sessions (* seeded again now; the rest from ${dataDir}/demo-links.json):`);
  else log(`Sessions seeded earlier (${dataDir}/demo-links.json):`);
  const marked = seededNow && !links.every((link) => link.fresh);
  for (const link of links) {
    const label = `${marked && link.fresh ? '* ' : '  '}${link.label}`;
    log(
      `  ${label.padEnd(36)} ${origin}/?session_id=${link.id}&client_secret=${link.clientSecret}`,
    );
    log(`  ${'  support desk'.padEnd(34)} ${origin}/support.html?session_id=${link.id}`);
  }
  log(`  ${'In-browser mock (no server)'.padEnd(34)} ${origin}/?mock=1`);
  log(`  ${'Plain page with <checkout-editor>'.padEnd(34)} ${origin}/element.html?mock=1`);
  log(`  ${'German formats'.padEnd(34)} ${origin}/?mock=1&locale=de-DE`);
  log(`  ${'German formats and words'.padEnd(34)} ${origin}/?mock=1&locale=de-DE&lang=de`);
  log('Press Ctrl+C to stop.');
}

const verbose = process.env.DEMO_VERBOSE === '1';

// The server logs one JSON line per request; in a demo terminal that buries the links, so only
// errors (and everything with DEMO_VERBOSE=1) get through.
function shouldShow(line) {
  if (verbose || !line.startsWith('{')) return true;
  try {
    return JSON.parse(line).level === 'error';
  } catch {
    return true;
  }
}

function startServer() {
  const env = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(apiPort),
    DATA_DIR: dataDir,
    CHECKOUT_SECRET_KEY: secretKey,
  };
  // CATALOG_FILE passes through untouched when set; the server defaults to the demo catalog.
  // What `npm run server` runs: src/server/main.ts compiled, not through a TypeScript loader.
  const entry = fileURLToPath(new URL('./server.mjs', import.meta.url));
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream, target) => {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (shouldShow(line)) target.write(`[server] ${line}\n`);
    });
  };
  if (child.stdout) prefix(child.stdout, process.stdout);
  if (child.stderr) prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    log(`The API server exited (${signal ?? code}); stopping.`);
    void shutdown(1);
  });
  return child;
}

async function shutdown(exitCode) {
  if (stopping) return;
  stopping = true;
  const closing = web?.close().catch(() => undefined);
  const child = server;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    // A server that ignores SIGTERM must not keep the demo (or a CI job) hanging.
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  await closing;
  process.exit(exitCode);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch((error) => {
  process.stderr.write(`[demo] ${error instanceof Error ? error.message : String(error)}\n`);
  void shutdown(1);
});
