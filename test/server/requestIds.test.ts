import { describe, expect, it } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import type { Catalog } from '../../src/core/catalog.js';
import { createMemoryStore } from '../../src/mock/createMemoryStore.js';
import { createApp, type LogLine } from '../../src/server/createApp.js';
import { traceIdOf } from '../../src/server/traceIdOf.js';
import { apiCaller } from './helpers/api.js';

/*
 * api.md "Request ids" at the HTTP edge: every response has a Request-Id header, every error
 * body the same value, and the request's log line has it (with the traceparent's trace id).
 */

const key = 'sk_test_request_ids_http';
const idPattern = /^req_[A-Za-z0-9]{20,}$/;
const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

function server() {
  const lines: LogLine[] = [];
  const app = createApp({
    store: createMemoryStore(),
    catalog: catalogJson as Catalog,
    secretKey: key,
    corsOrigins: ['https://shop.example'],
    logger: (line) => lines.push(line),
  });
  return { lines, call: apiCaller(app) };
}

describe('Request-Id on every response', () => {
  it('answers every kind of request with a unique id, echoed in error bodies and log lines', async () => {
    const { lines, call } = server();
    const create = await call('POST', '/checkout_session', {
      token: key,
      body: { contract: { plan_id: 'team', currency: 'USD' } },
    });
    const id = create.body.id as string;
    const answers = [
      create,
      await call('GET', '/catalog'),
      await call('GET', '/health'),
      await call('POST', '/health'),
      await call('GET', '/openapi.json'),
      await call('OPTIONS', '/catalog', {
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'GET' },
      }),
      await call('GET', '/nope'),
      await call('GET', `/checkout_session/${id}`),
      await call('GET', `/checkout_session/${id}`, { token: 'wrong' }),
      await call('PATCH', `/checkout_session/${id}`, { token: key, body: 'x'.repeat(70_000) }),
      await call('PATCH', `/checkout_session/${id}`, {
        token: key,
        body: '{',
        headers: { 'content-type': 'text/plain' },
      }),
      await call('PATCH', `/checkout_session/${id}`, { token: key, body: { currency: 'usd' } }),
      await call('PATCH', `/checkout_session/${id}`, {
        token: key,
        body: { custom_data: { a: 1 } },
      }),
    ];
    expect(answers.map((a) => a.status)).toEqual([
      201, 200, 200, 405, 200, 204, 404, 401, 401, 413, 415, 422, 200,
    ]);
    const ids = answers.map((a) => a.headers.get('request-id'));
    for (const requestId of ids) expect(requestId).toMatch(idPattern);
    expect(new Set(ids).size).toBe(ids.length);
    for (const answer of answers.filter((a) => a.status >= 400)) {
      expect(answer.body.error.request_id).toBe(answer.headers.get('request-id'));
    }
    expect(lines.map((line) => line.request_id)).toEqual(ids);
    const updated = answers.at(-1)?.body;
    expect(updated.custom_data.audit_trail[0].request_id).toBe(ids.at(-1));
  });

  it('does not take an id from the request', async () => {
    const { call } = server();
    const res = await call('GET', '/catalog', {
      headers: { 'request-id': 'req_chosenByTheCaller00000' },
    });
    expect(res.headers.get('request-id')).not.toBe('req_chosenByTheCaller00000');
  });
});

describe('the log line', () => {
  it('holds the request id, and the trace id of a valid traceparent', async () => {
    const { lines, call } = server();
    const traced = await call('GET', '/catalog', { headers: { traceparent } });
    await call('GET', '/catalog', { headers: { traceparent: 'garbage' } });
    await call('GET', '/catalog');
    expect(lines[0]).toEqual({
      time: expect.any(String),
      method: 'GET',
      path: '/catalog',
      status: 200,
      ms: expect.any(Number),
      request_id: traced.headers.get('request-id'),
      trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
    });
    expect(lines[1]).not.toHaveProperty('trace_id');
    expect(lines[2]).not.toHaveProperty('trace_id');
  });
});

describe('traceIdOf', () => {
  it.each<[string | undefined, string | undefined]>([
    [traceparent, '4bf92f3577b34da6a3ce929d0e0e4736'],
    [` ${traceparent} `, '4bf92f3577b34da6a3ce929d0e0e4736'],
    [
      '01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future',
      '4bf92f3577b34da6a3ce929d0e0e4736',
    ],
    [`${traceparent}-extra`, undefined],
    ['ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', undefined],
    ['00-00000000000000000000000000000000-00f067aa0ba902b7-01', undefined],
    ['00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01', undefined],
    ['00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01', undefined],
    ['00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (header, traceId) => {
    expect(traceIdOf(header)).toBe(traceId);
  });
});
