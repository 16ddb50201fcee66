// `node bench/compareServers.mjs <bundle.js>… [--mode summary|varied|update]`: server builds
// (scripts/bundleServer.mjs output, copied aside) side by side with the bench's bare baseline,
// in alternating rounds; prints req/s and CPU per request of each, and their ratios to bare.
// A developer's tool for A/B checks of the hot path (docs/performance.md, issue 13).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSessions, startBarePgliteUpdate, waitForReadyLine } from './http.mjs';
import { load } from './lib/load.mjs';
import { freePort, startProcess, stopAll, waitForOk } from './lib/processes.mjs';
import {
  sessionPool,
  summaryRequests,
  updateRequests,
  variedSummaryRequests,
} from './lib/serverLoads.mjs';
import { median } from './lib/stats.mjs';

const { values: args, positionals: bundles } = parseArgs({
  allowPositionals: true,
  options: {
    mode: { type: 'string', default: 'summary' },
    rounds: { type: 'string', default: '6' },
    seconds: { type: 'string', default: '2' },
  },
});
const root = new URL('..', import.meta.url).pathname;
const secretKey = 'sk_test_compare';
const work = mkdtempSync(join(tmpdir(), 'checkout-editor-compare-'));
const contract = { plan_id: 'team', quantity: 5, currency: 'USD' };

try {
  const servers = [];
  for (const [i, spec] of bundles.entries()) {
    // `file.js:NAME=value:…` runs the build with those environment variables (experiments); a
    // value may hold `=` itself (`NODE_OPTIONS=--max-semi-space-size=64`).
    const [bundle, ...vars] = spec.split(':');
    const port = await freePort();
    const child = startProcess(process.execPath, [bundle], {
      env: {
        ...Object.fromEntries(vars.map((v) => v.split(/=(.*)/s).slice(0, 2))),
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: join(work, `data${i}`),
        CHECKOUT_SECRET_KEY: secretKey,
      },
    });
    const origin = `http://127.0.0.1:${port}`;
    await waitForOk(`${origin}/health`, child, 60_000);
    servers.push({ name: spec.split('/').pop(), child, origin });
  }
  const targets = [];
  if (args.mode === 'update') {
    let ids;
    for (const s of servers) {
      const sessions = await createSessions(s.origin, secretKey, 320, contract);
      s.pool = sessionPool(sessions);
      ids ??= sessions;
    }
    const bare = await startBarePgliteUpdate(work, ids);
    const barePool = sessionPool(ids.map((s) => ({ ...s, version: 1 })));
    targets.push({
      name: 'bare',
      child: bare,
      origin: `http://127.0.0.1:${bare.port}`,
      pool: barePool,
    });
    for (const s of servers) targets.push(s);
  } else {
    const barePort = await freePort();
    const [session] = await createSessions(servers[0].origin, secretKey, 1, contract);
    for (const s of servers.slice(1)) {
      // Same secret is not possible across servers: each gets its own session.
      s.session = (await createSessions(s.origin, secretKey, 1, contract))[0];
    }
    servers[0].session = session;
    const res = await fetch(`${servers[0].origin}/checkout_session/summary`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${session.client_secret}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ contract: { plan_id: 'team', quantity: 7, currency: 'USD' } }),
    });
    const file = join(work, 'summary.json');
    writeFileSync(file, await res.text());
    const bare = startProcess(process.execPath, [join(root, 'bench/baselines/bareSummary.mjs')], {
      env: { PORT: String(barePort), RESPONSE_FILE: file },
    });
    await waitForReadyLine(bare, 60_000);
    targets.push({ name: 'bare', child: bare, origin: `http://127.0.0.1:${barePort}`, session });
    for (const s of servers) targets.push(s);
  }
  const requestsFor = (t) => {
    if (args.mode === 'update') return updateRequests(t.pool);
    return args.mode === 'varied' ? variedSummaryRequests(t.session) : summaryRequests(t.session);
  };
  const results = targets.map(() => []);
  for (let r = 0; r < Number(args.rounds); r++) {
    // Every other round runs in the reverse order: no build always runs right after the same one.
    const order = [...targets.entries()];
    if (r % 2 === 1) order.reverse();
    for (const [i, t] of order) {
      results[i].push(
        await load({
          url: t.origin,
          requests: requestsFor(t),
          connections: 32,
          seconds: Number(args.seconds),
          warmupSeconds: r === 0 ? 1 : 0,
          cpuGroup: t.child.pid,
        }),
      );
    }
  }
  for (const [i, t] of targets.entries()) {
    const rps = median(results[i].map((x) => x.rps));
    const cpu = median(results[i].map((x) => x.cpuUsPerRequest));
    const ratio = median(results[i].map((x, k) => x.rps / results[0][k].rps));
    const cpuRatio = median(
      results[i].map((x, k) => results[0][k].cpuUsPerRequest / x.cpuUsPerRequest),
    );
    console.log(
      `${t.name.padEnd(28)} ${Math.round(rps).toString().padStart(6)} req/s  ${cpu.toFixed(1).padStart(7)} µs/req  ratio ${ratio.toFixed(2)}  cpu ratio ${cpuRatio.toFixed(2)}  [${results[i].map((x) => x.cpuUsPerRequest.toFixed(0)).join(' ')}]`,
    );
  }
} finally {
  await stopAll();
  rmSync(work, { recursive: true, force: true });
}
