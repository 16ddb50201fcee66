// One autocannon run against 127.0.0.1, in this process; the server under test is a child
// process. Returns throughput and latency and fails loudly on any non-2xx or socket error, so a
// broken endpoint can never look fast.
import autocannon from 'autocannon';
import { groupCpuMs } from './processes.mjs';

/**
 * @param {object} options
 * @param {string} options.url          origin, http://127.0.0.1:<port>
 * @param {object[]} options.requests   autocannon request pipeline
 * @param {number} options.connections
 * @param {number} options.seconds      measured duration
 * @param {number} [options.warmupSeconds]
 * @param {number} [options.cpuGroup]   process group of the server: its CPU per request is reported
 */
export async function load({ url, requests, connections, seconds, warmupSeconds = 1, cpuGroup }) {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`bench only targets 127.0.0.1: ${url}`);
  const options = { url, requests, connections, pipelining: 1 };
  if (warmupSeconds > 0) {
    // Warm-up: JIT, connection pools, PGlite caches. Not measured.
    await autocannon({ ...options, duration: warmupSeconds });
  }
  const cpuBefore = cpuGroup === undefined ? null : groupCpuMs(cpuGroup);
  const result = await autocannon({ ...options, duration: seconds });
  const cpuAfter = cpuGroup === undefined ? null : groupCpuMs(cpuGroup);
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts ` +
        `out of ${result.requests.total} requests (${JSON.stringify(result.statusCodeStats)})`,
    );
  }
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // CPU the server spent per measured request: unlike req/s, barely moved by other processes
    // taking turns on the cores (the load generator's included).
    cpuUsPerRequest:
      cpuBefore === null || cpuAfter === null
        ? null
        : ((cpuAfter - cpuBefore) * 1000) / result.requests.total,
  };
}
