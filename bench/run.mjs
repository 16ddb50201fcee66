// `npm run bench`: one table, every server figure next to a baseline measured in the same run on
// the same machine, so the ratios mean something on a laptop, a CI box or a loaded 2-core VM.
// Bounded in time (a hard deadline kills everything), only ever talks to 127.0.0.1.
// How to read it: docs/performance.md.
//
//   npm run bench                    # ~2 minutes
//   npm run bench -- --seconds 1 --rounds 1   # quicker, noisier, while developing
//   npm run bench -- --json out.json # also write the raw figures
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildStandalone } from '../scripts/buildStandalone.mjs';
import { benchBloat } from './bloat.mjs';
import { benchBrowser } from './browser.mjs';
import { benchHttp, startServer } from './http.mjs';
import { stopAll, stopProcess } from './lib/processes.mjs';
import { machine, table } from './lib/report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '5' },
    json: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-storage': { type: 'boolean', default: false },
    'deadline-seconds': { type: 'string', default: '420' },
  },
});
const seconds = Number(args.seconds);
const secretKey = 'sk_test_bench';

const deadline = setTimeout(async () => {
  console.error(`bench: gave up after ${args['deadline-seconds']} s`);
  await stopAll();
  process.exit(2);
}, Number(args['deadline-seconds']) * 1000);

const log = (m) => process.stderr.write(`bench: ${m}\n`);
const dataDir = mkdtempSync(join(tmpdir(), 'checkout-editor-bench-data-'));
const results = { machine: machine() };
let failed = false;

try {
  log('npm run server (fresh DATA_DIR) …');
  const server = await startServer({ root, dataDir, secretKey });
  results.serverStartMs = server.startMs;

  const rounds = Number(args.rounds);
  log(`HTTP load, ${rounds} rounds of ${seconds} s per target, 32 connections …`);
  Object.assign(results, await benchHttp({ root, server, secretKey, seconds, rounds }));

  // What a plain page downloads for <checkout-editor>: the standalone file, CSS inside.
  const standalone = await buildStandalone({ root });
  results.standalone = {
    bytes: standalone.length,
    gzip: gzipSync(standalone, { level: 9 }).length,
  };

  if (!args['skip-browser']) {
    log('Chromium on the demo build …');
    results.browser = await benchBrowser({ root, server, secretKey });
  }

  if (!args['skip-storage']) {
    log('storage attack on a fresh server (idle RSS, folder growth, p99 of others) …');
    Object.assign(results, await benchBloat({ root, secretKey, log }));
  }

  // A generous grace period: a server killed mid-shutdown would make the restart below pay for
  // PostgreSQL crash recovery, which is not what it measures.
  results.serverStoppedCleanly = await stopProcess(server.child, 20_000);
  log('npm run server again (existing DATA_DIR) …');
  const again = await startServer({ root, dataDir, secretKey });
  results.serverRestartMs = again.startMs;
  await stopProcess(again.child);
} catch (error) {
  failed = true;
  console.error(`bench: FAILED\n${error instanceof Error ? error.stack : error}`);
} finally {
  await stopAll();
  clearTimeout(deadline);
  rmSync(dataDir, { recursive: true, force: true });
}

results.machine.loadAverageAtEnd = loadavg()[0];
if (!failed || results.summaryReal) console.log(table(results));
if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
process.exit(failed ? 1 : 0);
