// The clients of bench/bloat.mjs: the attacker's ~40 KB PATCH (bloatAttacker.mjs sends it from
// a worker thread) and the other sessions' traffic whose latency the storage bench times.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createSessions } from '../http.mjs';

const text = (n) => randomBytes(n).toString('base64url').slice(0, n);
const url = (n) => {
  const head = 'https://shop.example.com/return?ref=';
  return head + text(n - head.length);
};

/** A ~40 KB PATCH that changes every field a caller can fill up. */
export function attackBody() {
  const custom_data = {};
  for (let i = 0; i < 50; i++) custom_data[`key_${i}`] = text(500);
  const attribution = {};
  for (const key of ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content']) {
    attribution[key] = text(500);
  }
  return {
    custom_data,
    success_url: url(2083),
    cancel_url: url(2083),
    pending_url: url(2083),
    attribution: { ...attribution, referrer: url(500), landing_page: url(500) },
    customer: { email: `${text(20)}@example.com`, name: text(100), company: text(100) },
  };
}

/** Changing updates per victim session before it is retired (a session accepts 200). */
const updatesPerVictim = 150;

/**
 * The other sessions: each is used for {@link updatesPerVictim} changing updates, then a fresh
 * one is created (outside the timing), so every measured update is a real write: never a no-op,
 * never a 409 `update_limit_reached` answered without writing.
 */
export function victimPool(origin, secretKey, sessions) {
  const free = sessions.map((session) => ({ id: session.id, updates: 0 }));
  return {
    async take() {
      const victim = free.shift();
      if (victim) return victim;
      const [created] = await createSessions(origin, secretKey, 1, victimContract);
      return { id: created.id, updates: 0 };
    },
    give(victim) {
      if (victim.updates < updatesPerVictim) free.push(victim);
    },
  };
}

export const victimContract = { plan_id: 'team', quantity: 5, currency: 'USD' };

/**
 * Keeps `concurrency` updates going over the pool's sessions until `stop()`. Each latency is
 * filed under `phase()` as it was when the request started, and only if the phase was still the
 * same when it ended (a request that straddles a change of phase counts nowhere).
 */
export function victimTraffic(origin, secretKey, pool, phase = () => 'all', concurrency = 4) {
  const latencies = {};
  let running = true;
  const worker = async () => {
    while (running) {
      const victim = await pool.take();
      victim.updates++;
      const started = phase();
      const t0 = performance.now();
      // A new value every time: each update changes the session (a version, an audit entry).
      const res = await send(
        origin,
        `/checkout_session/${victim.id}`,
        secretKey,
        JSON.stringify({ custom_data: { step: victim.updates } }),
      );
      if (res.status !== 200) throw new Error(`victim PATCH ${res.status}: ${res.head}`);
      const ms = performance.now() - t0;
      if (phase() === started) {
        latencies[started] ??= [];
        latencies[started].push(ms);
      }
      pool.give(victim);
    }
  };
  const done = Promise.all(Array.from({ length: concurrency }, worker));
  return {
    latencies,
    async stop() {
      running = false;
      await done;
      return latencies;
    },
  };
}

// Both clients use node:http and count each answer's bytes as they stream in, never gathering
// them: on this machine the load generator shares the server's two cores, and undici's fetch took
// the attacker 9-11 ms of CPU per ~5 MB answer against 3-3.5 ms (100 answers each, 2026-12-06);
// a real attacker's machine is elsewhere. The other sessions' p99 fell with it in both phases
// (quiet ~11 → ~9.5 ms, during ~23 → ~20 ms), their ratio did not move (docs/performance.md).
const agent = new http.Agent({ keepAlive: true });

/** PATCH `path` with `text`: { status, bytes, head } (head: the start of an error's body). */
function send(origin, path, secretKey, text, key) {
  return new Promise((resolve, reject) => {
    const headers = {
      authorization: `Bearer ${secretKey}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...(key ? { 'idempotency-key': key } : {}),
    };
    const request = http.request(`${origin}${path}`, { method: 'PATCH', agent, headers }, (res) => {
      let bytes = 0;
      let head = '';
      res.on('data', (chunk) => {
        if (res.statusCode !== 200 && head.length < 300) head += chunk.toString('utf8', 0, 300);
        bytes += chunk.length;
      });
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode, bytes, head: head.slice(0, 300) }));
    });
    request.on('error', reject);
    request.end(text);
  });
}

/** The attacker's PATCH of session `id`; resolves with the answer's size in bytes. */
export async function patch(origin, secretKey, id, body, key) {
  const res = await send(origin, `/checkout_session/${id}`, secretKey, JSON.stringify(body), key);
  if (res.status !== 200) throw new Error(`attack PATCH ${res.status}: ${res.head}`);
  return res.bytes;
}
