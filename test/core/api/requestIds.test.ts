import { describe, expect, it } from 'vitest';
import {
  type ApiRequest,
  createApiService,
  maxBodyBytes,
  newRequestId,
} from '../../../src/core/api/index.js';
import type { Store } from '../../../src/core/api/store.js';
import { createMemoryStore } from '../../../src/mock/createMemoryStore.js';
import { catalog, NOW } from '../factories.js';

/*
 * Request ids in the API service: a Request-Id header on every answer, the same value as
 * error.request_id and in the audit entry the request wrote; the adapter's id when it made one.
 */

const secretKey = 'sk_test_request_ids';
const idPattern = /^req_[A-Za-z0-9]{20,}$/;

function service(store: Store = createMemoryStore()) {
  const api = createApiService({ store, catalog, secretKey, clock: () => NOW });
  const send = (request: Partial<ApiRequest> & { method: string; path: string }) =>
    api.handle({
      headers: { authorization: `Bearer ${secretKey}` },
      body: { kind: 'none' },
      ...request,
    });
  const json = (text: string) => ({ kind: 'text' as const, text });
  const withJson = { authorization: `Bearer ${secretKey}`, contentType: 'application/json' };
  return { send, json, withJson };
}

describe('newRequestId', () => {
  it('is req_ and 24 characters of [A-Za-z0-9], different every time', () => {
    const ids = Array.from({ length: 1000 }, () => newRequestId());
    for (const id of ids) expect(id).toMatch(/^req_[A-Za-z0-9]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses the crypto it is given', () => {
    const zeros = { getRandomValues: <T extends ArrayBufferView | null>(a: T) => a };
    expect(newRequestId(zeros)).toBe(`req_${'A'.repeat(24)}`);
  });
});

describe('the API service: request ids', () => {
  it('puts one on every answer, and the same in every error body', async () => {
    const { send, json, withJson } = service();
    const answers = await Promise.all([
      send({ method: 'GET', path: '/catalog' }),
      send({ method: 'GET', path: '/openapi.json' }),
      send({ method: 'GET', path: '/nowhere' }),
      send({ method: 'DELETE', path: '/catalog' }),
      send({ method: 'GET', path: '/checkout_session/x', headers: {} }),
      send({ method: 'GET', path: '/checkout_session/not-a-uuid' }),
      send({ method: 'POST', path: '/checkout_session', body: { kind: 'too_large' } }),
      send({ method: 'POST', path: '/checkout_session', headers: withJson, body: json('{') }),
      send({
        method: 'POST',
        path: '/checkout_session/summary',
        headers: withJson,
        body: json('{"contract":{"plan_id":"nope","currency":"USD"}}'),
      }),
    ]);
    const ids = answers.map((answer) => answer.headers['request-id']);
    for (const id of ids) expect(id).toMatch(idPattern);
    expect(new Set(ids).size).toBe(answers.length);
    for (const answer of answers.slice(2)) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect((answer.body as { error: { request_id: string } }).error.request_id).toBe(
        answer.headers['request-id'],
      );
    }
    expect(maxBodyBytes).toBe(65536);
  });

  it("answers under the adapter's id when it brings one", async () => {
    const { send } = service();
    const res = await send({
      method: 'GET',
      path: '/nowhere',
      requestId: 'req_fromTheAdapter0000000',
    });
    expect(res.headers['request-id']).toBe('req_fromTheAdapter0000000');
    expect(res.body).toMatchObject({ error: { request_id: 'req_fromTheAdapter0000000' } });
  });

  it('records it in the audit entry of the update, and not on a replay', async () => {
    const { send, json, withJson } = service();
    const created = await send({
      method: 'POST',
      path: '/checkout_session',
      headers: withJson,
      body: json('{"contract":{"plan_id":"team","currency":"USD"}}'),
    });
    const id = (created.body as { id: string }).id;
    const update = {
      method: 'PATCH',
      path: `/checkout_session/${id}`,
      body: json('{"custom_data":{"a":1}}'),
    };
    const first = await send({ ...update, headers: { ...withJson, idempotencyKey: 'k' } });
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely.
    const trail = (first.body as any).custom_data.audit_trail;
    expect(trail[0].request_id).toBe(first.headers['request-id']);
    const replay = await send({ ...update, headers: { ...withJson, idempotencyKey: 'k' } });
    expect(replay.headers['request-id']).not.toBe(first.headers['request-id']);
    expect(replay.body).toEqual(first.body);
  });

  it('gives a 500 from a failing store an id too', async () => {
    const broken = { get: () => Promise.reject(new Error('disk on fire')) } as unknown as Store;
    const { send } = service(broken);
    const res = await send({
      method: 'GET',
      path: '/checkout_session/6f1c2d3e-4b5a-4c6d-8e7f-0123456789ab',
    });
    expect(res.status).toBe(500);
    expect(res.headers['request-id']).toMatch(idPattern);
    expect(res.body).toMatchObject({
      error: { code: 'internal_error', request_id: res.headers['request-id'] },
    });
  });
});
