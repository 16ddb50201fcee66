// The clients of bench/bloat.mjs: the attacker's ~40 KB PATCH (bloatAttacker.mjs sends it from
// a worker thread) and the other sessions' traffic whose latency the storage bench times.
import { randomBytes } from 'node:crypto';
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
      const res = await fetch(`${origin}/checkout_session/${victim.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
        // A new value every time: each update changes the session (a version, an audit entry).
        body: JSON.stringify({ custom_data: { step: victim.updates } }),
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`victim PATCH ${res.status}`);
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

export async function patch(origin, secretKey, id, body, key) {
  const res = await fetch(`${origin}/checkout_session/${id}`, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${secretKey}`,
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(body),
  });
  // Bytes, not text: decoding ~5 MB of UTF-8 per answer took the attacker's worker ~5 ms of a
  // core the server shares on this machine (a real attacker's machine is elsewhere).
  const answer = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) {
    throw new Error(`attack PATCH ${res.status}: ${answer.toString('utf8', 0, 300)}`);
  }
  return answer.length;
}
