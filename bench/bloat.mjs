// Storage half of the bench: what one hostile caller can make the server store, and what it
// costs everyone else. On a fresh `npm run server` (PGlite in a fresh DATA_DIR):
//   1. idle RSS of the server process and the folder's size after start;
//   2. the attack alone, as the issue reproduces it: 200 PATCHes of ~40 KB on ONE session with
//      the secret key (50 custom_data values of 500 random chars, three 2,083-char URLs, full
//      attribution and customer), each changing everything, then no-op PATCHes (the same body
//      again) and idempotent replays, sequential: the folder's growth (the goal's figure), and
//      what the no-ops and replays added to it;
//   3. the same attack on another session while other sessions keep updating (4 at a time,
//      every update a real change), in chunks of 25 with 1 s quiet windows between them: the
//      others' p99 in the quiet windows and during the attack (same background load), and the
//      folder's growth again, which now includes the others' own updates.
// Standalone: node bench/bloat.mjs [--json out.json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createSessions, startServer } from './http.mjs';
import { victimContract, victimPool, victimTraffic } from './lib/bloatClients.mjs';
import { stopAll, stopProcess } from './lib/processes.mjs';
import { percentile } from './lib/stats.mjs';

const victimsCount = 64;
const attackUpdates = Number(process.env.BLOAT_UPDATES ?? 200);
const noOps = 50;
// Quiet windows and attack requests alternate: this long, then this many (see measure).
const quietWindowMs = 1000;
const attackChunk = 25;

/** Bytes under `dir` (du: what the folder really takes on disk, sparse WAL files included). */
export function folderBytes(dir) {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

/** RSS of the largest process in the group: the server itself, not npm's wrapper. */
export function serverRssBytes(pgid) {
  const sizes = execFileSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => Number(line.trim()) * 1024);
  return Math.max(...sizes);
}

/**
 * Runs the storage measurements on its own fresh server.
 * @returns figures for the table (bloat*, idleRss*)
 */
export async function benchBloat({ root, secretKey, log = () => {} }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'checkout-editor-bench-bloat-'));
  try {
    const server = await startServer({ root, dataDir, secretKey });
    try {
      return await measure(server, dataDir, secretKey, log);
    } catch (error) {
      throw new Error(`${error.message}\nserver output:\n${server.child.output().slice(-3000)}`);
    } finally {
      await stopProcess(server.child, 20_000);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The attack's requests in chunks of attackChunk: 200 updates, 50 no-ops, their 50 replays. */
function attackChunks() {
  const chunks = [];
  for (let i = 0; i < attackUpdates; i += attackChunk) {
    chunks.push({ kind: 'update', count: Math.min(attackChunk, attackUpdates - i) });
  }
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < noOps; i += attackChunk) {
      chunks.push({ kind: 'keyed', from: i, count: Math.min(attackChunk, noOps - i) });
    }
  }
  return chunks;
}

/** An attacker of session `id` in a worker thread (lib/bloatAttacker.mjs); run(chunk) sends one. */
function attackerFor(origin, secretKey, id) {
  const worker = new Worker(new URL('./lib/bloatAttacker.mjs', import.meta.url), {
    workerData: { origin, secretKey, id },
  });
  const run = (message) =>
    new Promise((resolve, reject) => {
      const failed = (error) => reject(error);
      worker.once('error', failed);
      worker.once('message', (answer) => {
        worker.off('error', failed);
        if (answer.error) reject(new Error(answer.error));
        else resolve(answer);
      });
      worker.postMessage(message);
    });
  return { run, terminate: () => worker.terminate() };
}

async function measure(server, dataDir, secretKey, log) {
  {
    await new Promise((r) => setTimeout(r, 3000));
    const idleRssBytes = serverRssBytes(server.child.pid);
    const freshFolderBytes = folderBytes(dataDir);
    const [solo, target, ...victims] = await createSessions(
      server.origin,
      secretKey,
      victimsCount + 2,
      victimContract,
    );
    const chunks = attackChunks();

    // First the attack alone, as the issue reproduces it: the folder's growth is then what the
    // attack stored, not the other sessions' own updates of the p99 phase below.
    log(`storage: attack alone (${attackUpdates} × ~40 KB PATCH on one session) …`);
    const soloBefore = folderBytes(dataDir);
    const soloAttacker = attackerFor(server.origin, secretKey, solo.id);
    const updateChunks = chunks.filter((chunk) => chunk.kind === 'update').length;
    // Measured here, with no one else writing: what the no-ops and replays themselves store.
    let afterUpdates = 0;
    try {
      for (const [i, chunk] of chunks.entries()) {
        if (i === updateChunks) afterUpdates = folderBytes(dataDir);
        await soloAttacker.run(chunk);
      }
    } finally {
      await soloAttacker.terminate();
    }
    const soloAfter = folderBytes(dataDir);
    const attackOnlyGrowthBytes = soloAfter - soloBefore;

    const pool = victimPool(server.origin, secretKey, victims);

    // Quiet and attack alternate (quietWindowMs, then attackChunk attack requests), so both are
    // measured under the same background load of the machine; a shared machine's load moves
    // the p99 of any 5 s window more than the attack does.
    let current = 'warm-up';
    const traffic = victimTraffic(server.origin, secretKey, pool, () => current);
    const quietWindow = async () => {
      current = 'quiet';
      await new Promise((r) => setTimeout(r, quietWindowMs));
    };
    await new Promise((r) => setTimeout(r, 1000));
    log(`storage: attack (${attackUpdates} × ~40 KB PATCH on one session) …`);
    const before = folderBytes(dataDir);
    const attacker = attackerFor(server.origin, secretKey, target.id);
    let attackMs = 0;
    let requestBytes = 0;
    try {
      for (const chunk of chunks) {
        await quietWindow();
        current = 'attack';
        const t0 = performance.now();
        // Sequential, as the reproduction: one attack request at a time.
        ({ requestBytes } = await attacker.run(chunk));
        attackMs += performance.now() - t0;
      }
    } finally {
      await attacker.terminate();
    }
    await quietWindow();
    const { quiet: quietLatencies = [], attack: duringLatencies = [] } = await traffic.stop();
    const after = folderBytes(dataDir);
    const sessionBytes = (
      await (
        await fetch(`${server.origin}/checkout_session/${target.id}`, {
          headers: { authorization: `Bearer ${secretKey}` },
        })
      ).text()
    ).length;
    const afterRssBytes = serverRssBytes(server.child.pid);
    return {
      bloat: {
        freshFolderBytes,
        attackOnlyGrowthBytes,
        growthBytes: after - before,
        updatesGrowthBytes: afterUpdates - soloBefore,
        noOpsGrowthBytes: soloAfter - afterUpdates,
        requestBytesEach: requestBytes / attackUpdates,
        sessionBytes,
        attackMs,
        quietP99: percentile(quietLatencies, 99),
        duringP99: percentile(duringLatencies, 99),
        quietCount: quietLatencies.length,
        duringCount: duringLatencies.length,
        idleRssBytes,
        afterRssBytes,
      },
    };
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const result = await benchBloat({
      root,
      secretKey: 'sk_test_bench',
      log: (m) => process.stderr.write(`bench: ${m}\n`),
    });
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await stopAll();
  }
}
