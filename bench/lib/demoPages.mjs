// The pages the browser bench loads: the demo's production build, the React floor and the
// editor with server-provided data, built to a temp dir and served by `vite preview` with /api
// proxied to the reference server.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess, waitForOk } from './processes.mjs';

/** Builds the demo into a temp dir and serves it; the repo's demo/dist is never touched. */
export async function serveDemo(root, apiPort) {
  const outDir = mkdtempSync(join(tmpdir(), 'checkout-editor-bench-demo-'));
  const port = await freePort();
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const config = join(root, 'demo/vite.config.ts');
  const env = { PORT: String(apiPort), DEMO_PORT: String(port), DEMO_HOST: '127.0.0.1' };
  /** Runs `vite build` with these arguments; throws with its output when it fails. */
  const viteBuild = async (what, args) => {
    const build = startProcess(
      process.execPath,
      [vite, 'build', ...args, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: root, env },
    );
    const code = await new Promise((resolve) => build.once('exit', resolve));
    if (code !== 0) throw new Error(`${what} build failed:\n${build.output()}`);
  };
  const t0 = performance.now();
  await viteBuild('demo', ['--config', config, '--outDir', outDir]);
  const buildMs = performance.now() - t0;
  // The baseline page (bench/baselines/reactFloor), built by the same Vite into /floor/ of the
  // same output, so the same `vite preview` serves both.
  await viteBuild('React floor', [
    join(root, 'bench/baselines/reactFloor'),
    '--base',
    '/floor/',
    '--outDir',
    join(outDir, 'floor'),
  ]);
  // The editor with server-provided data (bench/baselines/serverData), into /server-data/.
  await viteBuild('server-data page', [
    join(root, 'bench/baselines/serverData'),
    '--base',
    '/server-data/',
    '--outDir',
    join(outDir, 'server-data'),
  ]);
  const preview = startProcess(
    process.execPath,
    [vite, 'preview', '--config', config, '--outDir', outDir],
    {
      cwd: root,
      env,
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForOk(`${origin}/`, preview, 20_000);
  return { origin, preview, buildMs, outDir };
}

/**
 * Writes the session and catalog, read with the secret key as a merchant's server would, into
 * the built server-data page (its JSON data script).
 */
export async function writeServerData(outDir, apiOrigin, secretKey, sessionId) {
  const get = async (path) => {
    const response = await fetch(`${apiOrigin}${path}`, {
      headers: { authorization: `Bearer ${secretKey}` },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return response.json();
  };
  const [session, catalog] = await Promise.all([
    get(`/checkout_session/${sessionId}`),
    get('/catalog'),
  ]);
  const file = join(outDir, 'server-data', 'index.html');
  // `<` escaped: the JSON cannot close the script element whatever the session holds.
  const json = JSON.stringify({ session, catalog }).replace(/</g, '\\u003c');
  const html = readFileSync(file, 'utf8').replace(
    /(<script type="application\/json" id="checkout-data">)null(<\/script>)/,
    (_m, open, close) => `${open}${json}${close}`,
  );
  if (!html.includes(session.id)) throw new Error('server-data page: data script not found');
  writeFileSync(file, html);
}
