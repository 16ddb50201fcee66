// The bench's one table (Markdown, so it pastes into docs/performance.md as is).
import { cpus, loadavg, totalmem } from 'node:os';

export const machine = () => ({
  nproc: cpus().length,
  model: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  // Other work on the machine skews every absolute figure (ratios less so): say how busy it was.
  loadAverageAtStart: loadavg()[0],
});

const n = (x, digits = 0) =>
  x === undefined || x === null || Number.isNaN(x) ? '—' : x.toFixed(digits);
const ms = (x) => (x === undefined || x === null ? '—' : `${n(x)} ms`);
const verdict = (ok) => (ok === undefined ? '' : ok ? 'ok' : 'MISSED');

export function table(r) {
  const rows = [];
  const row = (what, value, baseline, ratio, goal, ok) =>
    rows.push([what, value, baseline, ratio, goal, verdict(ok)]);
  // CPU time per request of the server's processes: steadier than req/s on a shared machine.
  const cpuRow = (real, bare) => {
    if (!real.cpuUsPerRequest || !bare.cpuUsPerRequest) return;
    row(
      '… CPU per request, server processes (median; ratio bare ÷ ours)',
      `${n(real.cpuUsPerRequest)} µs`,
      `${n(bare.cpuUsPerRequest)} µs`,
      n(bare.cpuUsPerRequest / real.cpuUsPerRequest, 2),
      '',
    );
  };

  if (r.summaryReal && r.summaryBare) {
    const ratio = r.summaryRatio ?? r.summaryReal.rps / r.summaryBare.rps;
    row(
      'summary POST, throughput (32 conn)',
      `${n(r.summaryReal.rps)} req/s`,
      `${n(r.summaryBare.rps)} req/s bare node:http`,
      n(ratio, 2),
      '≥ 0.6',
      ratio >= 0.6,
    );
    cpuRow(r.summaryReal, r.summaryBare);
    if (r.summaryMerchant) {
      row(
        '… same with the secret key (no session read)',
        `${n(r.summaryMerchant.rps)} req/s`,
        '',
        n(r.summaryMerchantRatio ?? r.summaryMerchant.rps / r.summaryBare.rps, 2),
        '',
      );
    }
    if (r.summaryVaried) {
      // Older result files have no varied baseline: their ratio was to the one-body baseline.
      const variedBare = r.summaryVariedBare ?? r.summaryBare;
      const variedRatio = r.summaryVariedRatio ?? r.summaryVaried.rps / variedBare.rps;
      row(
        '… same with a new body every request (none answered from memory)',
        `${n(r.summaryVaried.rps)} req/s`,
        r.summaryVariedBare ? `${n(variedBare.rps)} req/s bare, same bodies` : '',
        n(variedRatio, 2),
        '≥ 0.6',
        variedRatio >= 0.6,
      );
      cpuRow(r.summaryVaried, variedBare);
    }
    row(
      'summary POST, p99 latency (32 conn)',
      ms(r.summaryReal.p99),
      ms(r.summaryBare.p99),
      n(r.summaryReal.p99 / r.summaryBare.p99, 1),
      '',
    );
  }
  if (r.updateReal && r.updateBare) {
    const ratio = r.updateRatio ?? r.updateReal.rps / r.updateBare.rps;
    row(
      'update PATCH, throughput (32 conn)',
      `${n(r.updateReal.rps)} req/s`,
      `${n(r.updateBare.rps)} req/s node:http + PGlite UPDATE`,
      n(ratio, 2),
      '≥ 0.5',
      ratio >= 0.5,
    );
    cpuRow(r.updateReal, r.updateBare);
    row(
      'update PATCH, p99 latency (32 conn)',
      ms(r.updateReal.p99),
      ms(r.updateBare.p99),
      n(r.updateReal.p99 / r.updateBare.p99, 1),
      '',
    );
  }
  const s = r.bloat;
  if (s) {
    const mb = (bytes) => `${n(bytes / 2 ** 20, 1)} MB`;
    row(
      '`npm run server` idle RSS, fresh DATA_DIR',
      mb(s.idleRssBytes),
      '',
      '',
      '< 256 MB',
      s.idleRssBytes < 256 * 2 ** 20,
    );
    row('… after the storage attack below', mb(s.afterRssBytes), '', '', '', undefined);
    row(
      'storage attack: DATA_DIR growth (200 × ~40 KB PATCH on one session, 50 no-ops, 50 replays)',
      mb(s.attackOnlyGrowthBytes),
      `${mb(s.freshFolderBytes)} fresh folder`,
      '',
      '< 20 MB',
      s.attackOnlyGrowthBytes < 20 * 2 ** 20,
    );
    row(
      "… again during the p99 phase, with the other sessions' own updates",
      mb(s.growthBytes),
      '',
      '',
      '',
      undefined,
    );
    // The folder can shrink meanwhile (housekeeping recycles WAL): the sum, with its sign.
    row(
      '… of which the 50 no-ops and 50 replays (the attack alone)',
      mb(s.noOpsGrowthBytes ?? s.noOpGrowthBytesEach * 100),
      '',
      '',
      '',
      undefined,
    );
    row('… the attacked session as GET returns it', mb(s.sessionBytes), '', '', '', undefined);
    row(
      "… other sessions' PATCH p99 during the attack",
      ms(s.duringP99),
      `${ms(s.quietP99)} quiet`,
      n(s.duringP99 / s.quietP99, 1),
      '≤ 2',
      s.duringP99 <= 2 * s.quietP99,
    );
  }
  if (r.serverStartMs)
    row('`npm run server` → /health 200, fresh DATA_DIR', ms(r.serverStartMs), '', '', '');
  if (r.serverRestartMs) {
    const how = r.serverStoppedCleanly ? 'after a clean stop' : 'after SIGKILL (crash recovery)';
    row(`\`npm run server\` → /health 200, restart ${how}`, ms(r.serverRestartMs), '', '', '');
  }

  if (r.standalone) {
    row(
      'checkout-editor/element/standalone, gzip (all in, CSS included)',
      `${n(r.standalone.gzip / 1000, 1)} kB`,
      `${n(r.standalone.bytes / 1000, 1)} kB minified`,
      '',
      '≤ 64 kB',
      r.standalone.gzip <= 64_000,
    );
  }

  const b = r.browser;
  if (b) {
    const nav = b.navigationToInteractive;
    row(
      'navigation → editable editor (cold cache, median)',
      `${ms(nav.median)} (max ${ms(nav.max)})`,
      nav.floor ? `${ms(nav.floor.median)} React floor (one field, same fetches)` : '',
      nav.floor ? `+${ms(nav.median - nav.floor.median)}` : '',
      '≤ 500 ms',
      nav.median <= 500,
    );
    if (nav.serverData && nav.floor) {
      const ratio = nav.serverData.median / nav.floor.median;
      row(
        'navigation → editable, server-provided data (initialSession/initialCatalog)',
        `${ms(nav.serverData.median)} (max ${ms(nav.serverData.max)})`,
        `${ms(nav.floor.median)} React floor`,
        `${n(ratio, 2)}×`,
        '≤ 1.15× floor',
        ratio <= 1.15,
      );
    }
    row(
      '… scripts loaded, DOMContentLoaded, first API request, last API response',
      [
        b.navigationToInteractive.scriptsLoaded,
        b.navigationToInteractive.domContentLoaded,
        b.navigationToInteractive.firstApiRequest,
        b.navigationToInteractive.lastApiResponse,
      ]
        .map(ms)
        .join(', '),
      '',
      '',
      '',
    );
    const beyond = b.keyToPrice.median - b.keyToRequest;
    row(
      'last keystroke → correct total shown (median)',
      `${ms(b.keyToPrice.median)} (max ${ms(b.keyToPrice.max)})`,
      `${ms(b.keyToRequest)} debounce (key → request)`,
      `+${ms(beyond)}`,
      'debounce + ≤ 50 ms',
      beyond <= 50,
    );
    row(
      '… of which request, response → DOM',
      `${ms(b.requestMs)}, ${ms(b.responseToPrice)}`,
      '',
      '',
      '',
    );
    row(
      'summary requests per typing burst',
      `${n(b.summaryRequestsPerBurst.mean, 2)} (max ${b.summaryRequestsPerBurst.max})`,
      '',
      '',
      '1',
      b.summaryRequestsPerBurst.max <= 1 && b.summaryRequestsPerBurst.mean >= 1,
    );
    const steady = b.bursts.flatMap((x) => x.perKey.slice(1));
    const first = b.bursts.map((x) => x.perKey[0]);
    const mean = (xs) => xs.reduce((a, c) => a + c, 0) / xs.length;
    row(
      'React commits per keystroke (quantity), 2nd+ key of a burst',
      n(mean(steady), 2),
      '',
      '',
      '≤ 1 (ours)',
      mean(steady) <= 1,
    );
    row('… first keystroke of a burst', n(mean(first), 2), '', '', '', undefined);
    row('React commits per burst, incl. preview', n(b.commitsPerBurst), '', '', '', undefined);
  }

  const head = [
    'measurement',
    'checkout-editor',
    'baseline (same run)',
    'ratio / over',
    'goal',
    '',
  ];
  const m = r.machine;
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
    `machine: ${m.nproc} × ${m.model}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; ` +
      `load average ${n(m.loadAverageAtStart, 1)} at start, ${n(m.loadAverageAtEnd, 1)} at end`,
    ...(Math.max(m.loadAverageAtStart, m.loadAverageAtEnd ?? 0) > m.nproc
      ? ['WARNING: the machine was busier than its core count; absolute figures are inflated.']
      : []),
  ].join('\n');
}
