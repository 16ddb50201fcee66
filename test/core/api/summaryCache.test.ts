import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSummaryCache } from '../../../src/core/api/createSummaryCache.js';
import { type ApiRequest, createApiService } from '../../../src/core/api/index.js';
import type { Estimate } from '../../../src/core/estimate.js';
import { createMemoryStore } from '../../../src/mock/createMemoryStore.js';
import { catalog, NOW } from '../factories.js';

/*
 * The API service remembers successful summary answers (createSummaryCache). A remembered
 * answer must be indistinguishable from a fresh one: the same status and body, computed_at
 * included, at any clock.
 */

const secretKey = 'sk_test_summary_cache';

function serviceAt(summaryCacheSize?: number) {
  const clock = { now: NOW };
  const service = createApiService({
    store: createMemoryStore(),
    catalog,
    secretKey,
    clock: () => clock.now,
    ...(summaryCacheSize === undefined ? {} : { summaryCacheSize }),
  });
  const summary = (text: string, contentType = 'application/json') => {
    const request: ApiRequest = {
      method: 'POST',
      path: '/checkout_session/summary',
      headers: { authorization: `Bearer ${secretKey}`, contentType },
      body: { kind: 'text', text },
    };
    return service.handle(request);
  };
  return { clock, summary };
}

const team = (quantity: number, extra = {}) =>
  JSON.stringify({ contract: { plan_id: 'team', quantity, currency: 'USD', ...extra } });
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely.
const estimatesOf = (response: { body: unknown }) => (response.body as any).estimates;

/** The fresh answer as it would read under the cached answer's request id. */
// biome-ignore lint/suspicious/noExplicitAny: answers are compared as plain JSON.
function withRequestIdOf(id: string | undefined, answer: any) {
  if (!answer.body?.error) return answer;
  return { ...answer, body: { error: { ...answer.body.error, request_id: id } } };
}

describe('remembered summary answers', () => {
  it('are priced once but stamped with the time of each request', async () => {
    const { clock, summary } = serviceAt();
    const first = await summary(team(7));
    clock.now = new Date(NOW.getTime() + 1500);
    const second = await summary(team(7));
    expect(second.status).toBe(200);
    expect(estimatesOf(second)).toEqual({
      ...estimatesOf(first),
      computed_at: '2026-03-15T12:00:01.500Z',
    });
    // Same keys in the same order as a freshly priced answer.
    expect(Object.keys(estimatesOf(second))).toEqual(Object.keys(estimatesOf(first)));
  });

  it('are not reused on the next UTC day, when today and the billing dates move', async () => {
    const { clock, summary } = serviceAt();
    const before = estimatesOf(await summary(team(7)));
    clock.now = new Date('2026-03-16T00:00:00.000Z');
    const after = estimatesOf(await summary(team(7)));
    expect(before.first_billing_date).toBe('2026-03-15');
    expect(after.first_billing_date).toBe('2026-03-16');
    const yesterday = await summary(team(7, { start_date: '2026-03-15' }));
    expect(yesterday.status).toBe(422);
  });

  it('never skip the media type check that comes before parsing', async () => {
    const { summary } = serviceAt();
    expect((await summary(team(7))).status).toBe(200);
    const wrongType = await summary(team(7), 'text/plain');
    expect(wrongType.status).toBe(415);
  });

  it('answer exactly as pricing afresh would, over any sequence of bodies and clocks', async () => {
    const body = fc.oneof(
      fc
        .record(
          {
            plan_id: fc.constantFrom('starter', 'team', 'scale', 'nope'),
            quantity: fc.integer({ min: -1, max: 600 }),
            currency: fc.constantFrom('USD', 'EUR', 'JPY', 'usd'),
            start_date: fc.constantFrom('2026-03-15', '2026-03-16', '2026-04-01', '2026-02-30'),
          },
          { requiredKeys: ['plan_id', 'currency'] },
        )
        .map((contract) => JSON.stringify({ contract })),
      fc.constantFrom('{', '{"contract":{}}', '[]', 'null', ' {"contract": {"plan_id":"team"}}'),
    );
    // A small pool of bodies, so that most requests repeat an earlier one.
    const step = fc.record({
      pick: fc.nat({ max: 5 }),
      advanceMs: fc.constantFrom(0, 1, 999, 6 * 3600_000, 12 * 3600_000 + 1),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(body, { minLength: 6, maxLength: 6 }),
        fc.array(step, { minLength: 1, maxLength: 40 }),
        async (pool, steps) => {
          const cached = serviceAt();
          const fresh = serviceAt(0);
          for (const { pick, advanceMs } of steps) {
            const at = new Date(cached.clock.now.getTime() + advanceMs);
            cached.clock.now = at;
            fresh.clock.now = at;
            const text = pool[pick] as string;
            const answer = await cached.summary(text);
            const { 'request-id': _cachedId, ...cachedHeaders } = answer.headers;
            const expected = await fresh.summary(text);
            const { 'request-id': freshId, ...freshHeaders } = expected.headers;
            expect(_cachedId).not.toBe(freshId);
            // Each answer carries its own request id, in the header and in an error body.
            expect({ ...answer, headers: cachedHeaders }).toEqual(
              withRequestIdOf(_cachedId, { ...expected, headers: freshHeaders }),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('createSummaryCache: consulted only while it pays', () => {
  const at = new Date('2026-03-15T12:00:00.000Z');
  const requestFor = (text: string): ApiRequest => ({
    method: 'POST',
    path: '/checkout_session/summary',
    headers: { contentType: 'application/json' },
    body: { kind: 'text', text },
  });
  const estimates = { total: 1 } as unknown as Estimate;
  /** One request through the cache as the service makes it; whether it was looked up at all. */
  const ask = (cache: ReturnType<typeof createSummaryCache>, text: string) => {
    const key = cache.keyOf(requestFor(text), 'client', at);
    if (key === null) return 'skipped';
    if (cache.answer(key, at)) return 'hit';
    cache.remember(key, estimates);
    return 'miss';
  };

  it('stays on while bodies repeat', () => {
    const cache = createSummaryCache(1000);
    const seen = new Set<string>();
    // Half the requests repeat the body before them.
    for (let i = 0; i < 20_000; i++) seen.add(ask(cache, team(Math.floor(i / 2))));
    expect(seen).toEqual(new Set(['hit', 'miss']));
  });

  it('is left alone for a while after a spell of bodies that never repeat, then tried again', () => {
    const cache = createSummaryCache(1000);
    const outcomes = Array.from({ length: 20_000 }, (_, i) => ask(cache, team(i)));
    const skipped = outcomes.filter((outcome) => outcome === 'skipped').length;
    // Most requests skip it, and it is still looked up now and then to see whether that changed.
    expect(skipped).toBeGreaterThan(15_000);
    expect(outcomes.slice(10_000).filter((outcome) => outcome === 'miss').length).toBeGreaterThan(
      0,
    );
    // Once bodies repeat again, it is back within a few thousand requests.
    const after = Array.from({ length: 5_000 }, () => ask(cache, team(7)));
    expect(after.slice(-1_000).every((outcome) => outcome === 'hit')).toBe(true);
  });
});
