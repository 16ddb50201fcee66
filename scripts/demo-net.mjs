// Small network helpers for scripts/demo.mjs.
import { createServer } from 'node:net';

/**
 * Whether nothing listens on `port` (any interface). Checked before starting, so a stale
 * server from an earlier run is reported instead of silently answering our health check.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * Polls `url` until it answers 2xx with `{ ok: true }`; rejects when `child` exits first or
 * after `timeoutMs`.
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeoutMs
 */
export async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error('The API server exited during start-up (see its output above).');
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok && (await response.json())?.ok === true) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The API server did not become healthy at ${url} within ${timeoutMs / 1000} s.`);
}
