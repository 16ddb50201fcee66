// HTTP half of the bench: `npm run server` start-up, then summary and update throughput of the
// reference server against bare node:http baselines run in the same conditions (child process,
// 127.0.0.1, same connections and duration), and p99 latency at 32 connections.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startProcess, stopProcess, waitForOk } from './lib/processes.mjs';
import {
  sessionPool,
  summaryLoad,
  summaryRequestFor,
  updateLoad,
  variedSummaryLoad,
} from './lib/serverLoads.mjs';
import { median } from './lib/stats.mjs';

/** Starts `npm run server` on a free port with a fresh DATA_DIR; resolves once /health is 200. */
export async function startServer({ root, dataDir, secretKey }) {
  const port = await freePort();
  const t0 = performance.now();
  const child = startProcess('npm', ['run', '--silent', 'server'], {
    cwd: root,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      CHECKOUT_SECRET_KEY: secretKey,
    },
  });
  await waitForOk(`http://127.0.0.1:${port}/health`, child, 60_000);
  return { child, port, origin: `http://127.0.0.1:${port}`, startMs: performance.now() - t0 };
}

const json = async (res) => {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status} ${res.url}: ${text}`);
  return JSON.parse(text);
};

/** Creates `count` open sessions through the API, a few at a time. */
export async function createSessions(origin, secretKey, count, contract) {
  const sessions = [];
  for (let i = 0; i < count; i += 8) {
    const batch = Array.from({ length: Math.min(8, count - i) }, () =>
      fetch(`${origin}/checkout_session`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ contract, customer: { email: 'bench@example.com' } }),
      }).then(json),
    );
    sessions.push(...(await Promise.all(batch)));
  }
  return sessions;
}

/**
 * Runs the HTTP measurements against an already started reference server.
 * @returns rows for the table plus what the browser phase reuses
 */
export async function benchHttp({ root, server, secretKey, seconds, rounds }) {
  const work = mkdtempSync(join(tmpdir(), 'checkout-editor-bench-http-'));
  try {
    const contract = { plan_id: 'team', quantity: 5, currency: 'USD' };

    const [summarySession] = await createSessions(server.origin, secretKey, 1, contract);
    const summaryRequest = summaryRequestFor(summarySession);
    const summaryAnswer = await json(
      await fetch(`${server.origin}${summaryRequest.path}`, { ...summaryRequest }),
    );
    const responseFile = join(work, 'summary.json');
    writeFileSync(responseFile, JSON.stringify(summaryAnswer));

    const barePort = await freePort();
    const bare = startProcess(process.execPath, [join(root, 'bench/baselines/bareSummary.mjs')], {
      env: { PORT: String(barePort), RESPONSE_FILE: responseFile },
    });
    await waitForReadyLine(bare, 10_000);
    // The third target is a diagnosis, not a goal: the merchant's key needs no session read, so
    // the gap between it and the client-secret figure is what the session lookup costs. Each
    // takes its turn in every round, so one noisy spell cannot make one look slow.
    const summary = await alternate(rounds, (warm) => [
      () =>
        summaryLoad(server.origin, summarySession, seconds, {
          warmupSeconds: warm,
          cpuGroup: server.child.pid,
        }),
      () =>
        summaryLoad(`http://127.0.0.1:${barePort}`, summarySession, seconds, {
          warmupSeconds: warm,
          cpuGroup: bare.pid,
        }),
      () =>
        summaryLoad(server.origin, summarySession, seconds, {
          warmupSeconds: warm,
          token: secretKey,
          cpuGroup: server.child.pid,
        }),
    ]);
    // The floor with varied bodies (issue 13): a new body every request, so none is answered
    // from memory. Its baseline gets the same bodies: making a new one per request costs the
    // load generator, which shares the machine's cores with the server (compareServers --mode
    // varied: bare 43 → 33 k req/s), so a one-body baseline ran under a lighter load.
    const varied = await alternate(rounds, (warm) => [
      () =>
        variedSummaryLoad(server.origin, summarySession, seconds, {
          warmupSeconds: warm,
          cpuGroup: server.child.pid,
        }),
      () =>
        variedSummaryLoad(`http://127.0.0.1:${barePort}`, summarySession, seconds, {
          warmupSeconds: warm,
          cpuGroup: bare.pid,
        }),
    ]);
    await stopProcess(bare);

    // Update: enough sessions that none reaches the 200-update limit during warm-up + run.
    const sessionCount = 320;
    const sessions = await createSessions(server.origin, secretKey, sessionCount, contract);
    const pg = await startBarePgliteUpdate(work, sessions);
    // Same ids and secrets, versions start at 1 again in the baseline's own table.
    const barePool = sessionPool(sessions.map((s) => ({ ...s, version: 1 })));
    const realPool = sessionPool(sessions);
    const update = await alternate(rounds, (warm) => [
      () =>
        updateLoad(server.origin, realPool, seconds, {
          warmupSeconds: warm,
          cpuGroup: server.child.pid,
        }),
      () =>
        updateLoad(`http://127.0.0.1:${pg.port}`, barePool, seconds, {
          warmupSeconds: warm,
          cpuGroup: pg.pid,
        }),
    ]);
    await stopProcess(pg);

    return {
      summaryReal: summary.real,
      summaryBare: summary.bare,
      summaryRatio: summary.ratio,
      summaryMerchant: summary.extra[0],
      summaryMerchantRatio: summary.extraRatios[0],
      summaryVaried: varied.real,
      summaryVariedBare: varied.bare,
      summaryVariedRatio: varied.ratio,
      updateReal: update.real,
      updateBare: update.bare,
      updateRatio: update.ratio,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Real server and baseline in alternation, `rounds` times (warm-up before the first of each):
 * a burst of load from other processes on the machine then hits both rather than one, and the
 * ratio is the median of the per-round ratios. Further targets (diagnoses) take their turn in
 * each round after the two and get their own ratio to the baseline the same way.
 * @param {(warmupSeconds: number) => (() => Promise)[]} targets lazily started runs: the real
 *   server, its baseline, then any others
 */
async function alternate(rounds, targets) {
  const runs = [];
  for (let i = 0; i < rounds; i++) {
    const warm = i === 0 ? 1 : 0;
    const fns = targets(warm);
    for (let k = 0; k < fns.length; k++) {
      runs[k] ??= [];
      runs[k].push(await fns[k]());
    }
  }
  const combine = (list) => ({
    rps: median(list.map((r) => r.rps)),
    cpuUsPerRequest: list.some((r) => r.cpuUsPerRequest == null)
      ? null
      : median(list.map((r) => r.cpuUsPerRequest)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    runs: list.map((r) => r.rps),
  });
  const [real, bare, ...extra] = runs;
  const ratioToBare = (list) => median(list.map((r, i) => r.rps / bare[i].rps));
  return {
    real: combine(real),
    bare: combine(bare),
    ratio: ratioToBare(real),
    extra: extra.map(combine),
    extraRatios: extra.map(ratioToBare),
  };
}

/**
 * Starts the update baseline (baselines/barePgliteUpdate.mjs) on its own PGlite folder under
 * `work`, holding `sessions` (their ids, and the first one's document as every row's).
 * @returns the baseline process, ready, with its `port`
 */
export async function startBarePgliteUpdate(work, sessions) {
  const idsFile = join(work, 'ids.json');
  const docFile = join(work, 'doc.json');
  writeFileSync(idsFile, JSON.stringify(sessions.map((s) => s.id)));
  const { client_secret: _omit, ...doc } = sessions[0];
  writeFileSync(docFile, JSON.stringify(doc));
  const port = await freePort();
  const child = startProcess(
    process.execPath,
    [fileURLToPath(new URL('./baselines/barePgliteUpdate.mjs', import.meta.url))],
    {
      env: {
        PORT: String(port),
        DATA_DIR: join(work, 'bare-pglite'),
        IDS_FILE: idsFile,
        DOC_FILE: docFile,
      },
    },
  );
  await waitForReadyLine(child, 60_000);
  return Object.assign(child, { port });
}

/** Resolves once a baseline `child` printed "ready"; rejects if it exits or takes too long. */
export function waitForReadyLine(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready:\n${child.output()}`)), timeoutMs);
    const check = () => {
      if (child.output().includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`baseline exited ${code}:\n${child.output()}`));
    });
    check();
  });
}
