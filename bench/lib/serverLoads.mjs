// The bench's request mixes for autocannon against the reference server and its baselines:
// the widget's summary call (one body, or a new body every time) and contract updates over a
// pool of sessions, each at 32 connections. Shared by http.mjs, compareServers.mjs and
// profileServer.mjs.
import { randomUUID } from 'node:crypto';
import { load } from './load.mjs';

const connections = 32;
// A session accepts 200 changing updates; stay below that.
const updatesPerSession = 190;

/**
 * Sessions handed out one request at a time: a session is never in two requests at once, so
 * If-Match never conflicts. (autocannon resets a connection's context after every pass through
 * its request list, so sessions cannot be pinned to connections.)
 */
export function sessionPool(sessions) {
  const free = sessions.map((s) => ({
    id: s.id,
    secret: s.client_secret,
    version: s.version,
    n: 0,
  }));
  return {
    acquire() {
      const s = free.shift();
      if (!s) throw new Error('bench ran out of sessions; raise the session count');
      return s;
    },
    release(s) {
      if (s.n < updatesPerSession) free.push(s);
    },
  };
}

/** autocannon pipeline: PATCH a contract (quantity 2 ↔ 3) with If-Match and Idempotency-Key. */
export function updateRequests(pool) {
  return [
    {
      method: 'PATCH',
      setupRequest(req, context) {
        const s = pool.acquire();
        context.s = s;
        return {
          ...req,
          path: `/checkout_session/${s.id}`,
          headers: {
            authorization: `Bearer ${s.secret}`,
            'content-type': 'application/json',
            'if-match': `"${s.version}"`,
            'idempotency-key': randomUUID(),
          },
          body: JSON.stringify({
            contract: { plan_id: 'team', quantity: 2 + (s.n % 2), currency: 'USD' },
          }),
        };
      },
      onResponse(status, _body, context, headers) {
        const s = context.s;
        s.n += 1;
        const version = Number(/\d+/.exec(headers.etag ?? headers.ETag ?? '')?.[0]);
        if (status === 200 && version) s.version = version;
        pool.release(s);
      },
    },
  ];
}

/** The widget's summary call, with a session's client secret, as a shopper's browser sends it. */
export const summaryRequestFor = (session, token = session.client_secret) => ({
  method: 'POST',
  path: '/checkout_session/summary',
  headers: {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
  },
  body: JSON.stringify({ contract: { plan_id: 'team', quantity: 7, currency: 'USD' } }),
});

/** autocannon pipeline: the summary call, the same body every time. */
export const summaryRequests = (session, token) => [summaryRequestFor(session, token)];

let variedQuantity = 0;
/**
 * autocannon pipeline: the summary call with a body that differs on every request (the `usage`
 * plan, quantities 1…100 000), so no remembered answer hits: each is parsed, validated, priced.
 */
export const variedSummaryRequests = (session) => [
  {
    ...summaryRequestFor(session),
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({
        contract: { plan_id: 'usage', quantity: 1 + (variedQuantity++ % 100_000), currency: 'USD' },
      }),
    }),
  },
];

/**
 * Summary load at 32 connections against `url` (the server or its baseline), with the session's
 * client secret unless `token` says otherwise; `cpuGroup`: see load().
 */
export const summaryLoad = (url, session, seconds, { warmupSeconds = 1, token, cpuGroup } = {}) =>
  load({
    url,
    requests: summaryRequests(session, token),
    connections,
    seconds,
    warmupSeconds,
    cpuGroup,
  });

/** Summary load like summaryLoad with variedSummaryRequests' bodies. */
export const variedSummaryLoad = (url, session, seconds, { warmupSeconds = 1, cpuGroup } = {}) =>
  load({
    url,
    requests: variedSummaryRequests(session),
    connections,
    seconds,
    warmupSeconds,
    cpuGroup,
  });

/** Update load at 32 connections over a sessionPool() (it tracks versions across runs). */
export const updateLoad = (url, pool, seconds, { warmupSeconds = 1, cpuGroup } = {}) =>
  load({ url, requests: updateRequests(pool), connections, seconds, warmupSeconds, cpuGroup });
