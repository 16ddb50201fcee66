// `npm run bench:profile -- summary|update`: where the reference server's time goes under the
// bench's load. Runs `scripts/server.mjs` (what `npm run server` runs) in a child
// process, creates sessions, warms up, then CPU-profiles it (V8 sampling profiler, started and
// stopped by signal, see lib/profileOnSignal.mjs) during the same autocannon load as the bench.
// Prints self time by package / src folder, the src functions with the most total (inclusive)
// time, and the .cpuprofile path to open in Chrome DevTools (Performance → Load profile).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSessions } from './http.mjs';
import { freePort, startProcess, stopAll, stopProcess, waitForOk } from './lib/processes.mjs';
import { sessionPool, summaryLoad, updateLoad, variedSummaryLoad } from './lib/serverLoads.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: 'string', default: '5' },
    top: { type: 'string', default: '20' },
    // Summary with the merchant's secret key: no session read, isolates the non-database cost.
    merchant: { type: 'boolean', default: false },
    // Summary bodies that differ on every request (the `usage` plan, quantities 1…100 000), so
    // the remembered answers never hit: the held-out floor's "varied bodies".
    varied: { type: 'boolean', default: false },
  },
});
const what = positionals[0] ?? 'summary';
const seconds = Number(args.seconds);
const secretKey = 'sk_test_bench';
const work = mkdtempSync(join(tmpdir(), 'checkout-editor-profile-'));
const profileFile = join(work, `${what}.cpuprofile`);
const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const contract = { plan_id: 'team', quantity: 5, currency: 'USD' };

const server = startProcess(
  process.execPath,
  ['--import', join(root, 'bench/lib/profileOnSignal.mjs'), join(root, 'scripts/server.mjs')],
  {
    cwd: root,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: join(work, 'data'),
      CHECKOUT_SECRET_KEY: secretKey,
      PROFILE_FILE: profileFile,
    },
  },
);
try {
  await waitForOk(`${origin}/health`, server, 120_000);
  const sessions = await createSessions(origin, secretKey, what === 'update' ? 160 : 1, contract);
  const pool = sessionPool(sessions);
  const run = (s) =>
    what === 'update'
      ? updateLoad(origin, pool, s, { warmupSeconds: 0 })
      : args.varied
        ? variedSummaryLoad(origin, sessions[0], s, { warmupSeconds: 0 })
        : summaryLoad(origin, sessions[0], s, {
            warmupSeconds: 0,
            token: args.merchant ? secretKey : undefined,
          });
  await run(2); // warm-up, not profiled
  process.kill(server.pid, 'SIGUSR2');
  const result = await run(seconds);
  process.kill(server.pid, 'SIGUSR2');
  console.log(
    `${what}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms`,
  );
  const t0 = Date.now();
  while (!existsSync(profileFile) && Date.now() - t0 < 10_000)
    await new Promise((r) => setTimeout(r, 100));
} finally {
  await stopProcess(server);
  await stopAll();
}

const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// `npm run server` runs src/ compiled into one file (scripts/bundleServer.mjs): its functions are
// ours, named by function and bundle line (the bundle's inline source map leads back to src/).
const bundled = /^node_modules\/\.cache\/checkout-editor\/server\/main-[0-9a-f]+\.js$/;
const fileOf = (f) => {
  const file = f.url.startsWith('file:') ? relative(root, fileURLToPath(f.url)) : f.url;
  return bundled.test(file) ? 'src (compiled server)' : file;
};
const categoryOf = (f) => {
  const file = fileOf(f);
  if (!file) return f.functionName.startsWith('(') ? f.functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  if (pkg) return pkg;
  if (file.startsWith('src/')) return file.split('/').slice(0, 2).join('/');
  if (file.startsWith('src ')) return file;
  if (file.startsWith('node:')) return 'node (internals)';
  if (file.startsWith('wasm:')) return 'wasm (PGlite PostgreSQL)';
  return file;
};

// Sample i lasted timeDeltas[i+1] µs; attribute it to the leaf (self) and every src function
// on its stack once (total).
const self = new Map();
const total = new Map();
let sum = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  sum += dt;
  const leaf = nodes.get(id).callFrame;
  const cat = categoryOf(leaf);
  self.set(cat, (self.get(cat) ?? 0) + dt);
  const seen = new Set();
  for (let n = id; n !== undefined; n = parent.get(n)) {
    const f = nodes.get(n).callFrame;
    const file = fileOf(f);
    if (!file.startsWith('src')) continue;
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + dt);
  }
});

const line = (ms, label) =>
  `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / sum).toFixed(1).padStart(5)}%  ${label}`;
// V8 samples wall time on the main thread: a system call that waits for the CPU (writev on a
// busy machine) counts in full. CPU per request: bench/compareServers.mjs or `npm run bench`.
console.log(`\nself time by where the CPU was, ${sum.toFixed(0)} ms sampled:`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
  console.log(line(v, k));
}
console.log('\ntotal (inclusive) time of src/ functions:');
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) {
  console.log(line(v, k));
}
console.log(`\nprofile: ${profileFile}`);
