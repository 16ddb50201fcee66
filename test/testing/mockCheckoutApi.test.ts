import type { Page, Route } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { type MockCheckoutApiOptions, mockCheckoutApi } from '../../src/testing/index.js';

/*
 * mockCheckoutApi against a stand-in for Playwright's Page: what it routes, what it answers,
 * what it logs. The real browser path is e2e/testing-kit.spec.ts.
 */

interface Sent {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
}
interface Answer {
  aborted?: string;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

async function start(options: MockCheckoutApiOptions = {}, pageUrl = 'https://shop.test/cart') {
  let matcher: ((url: URL) => boolean) | undefined;
  let handler: ((route: Route) => Promise<void>) | undefined;
  const page = {
    url: () => pageUrl,
    route: async (m: (url: URL) => boolean, h: (route: Route) => Promise<void>) => {
      matcher = m;
      handler = h;
    },
  } as unknown as Page;
  const api = await mockCheckoutApi(page, options);
  const routes = (url: string) => matcher?.(new URL(url)) ?? false;
  async function send(url: string, sent: Sent = {}) {
    const answer: Answer = {};
    const text = sent.body === undefined ? null : JSON.stringify(sent.body);
    const route = {
      request: () => ({
        url: () => url,
        method: () => sent.method ?? 'GET',
        allHeaders: async () => ({
          ...(text ? { 'content-type': 'application/json' } : {}),
          ...sent.headers,
        }),
        postDataBuffer: () => (text === null ? null : Buffer.from(text)),
      }),
      abort: async (code: string) => {
        answer.aborted = code;
      },
      fulfill: async (response: Omit<Answer, 'aborted'>) => Object.assign(answer, response),
    } as unknown as Route;
    await handler?.(route);
    return answer;
  }
  return { api, routes, send };
}

describe('mockCheckoutApi', () => {
  it('seeds one guest session on Team × 5 by default and answers with the API rules', async () => {
    const { api, send } = await start();
    expect(api.seeded).toHaveLength(1);
    const [guest] = api.seeded;
    expect(guest?.session).toMatchObject({ contract: { plan_id: 'team', quantity: 5 } });
    const auth = { authorization: `Bearer ${guest?.clientSecret}` };
    const url = `https://shop.test/api/checkout_session/${guest?.id}`;

    const read = await send(url, { headers: auth });
    expect(read.status).toBe(200);
    expect(JSON.parse(read.body ?? '')).toMatchObject({ id: guest?.id, version: 1 });

    const bad = await send(url, { method: 'PATCH', headers: auth, body: { contract: 5 } });
    expect(bad.status).toBe(400);
    expect(api.sessions()[0]?.version).toBe(1);
    expect(
      api.calls().map(({ endpoint, method, path, status }) => [endpoint, method, path, status]),
    ).toEqual([
      ['read', 'GET', `/checkout_session/${guest?.id}`, 200],
      ['update', 'PATCH', `/checkout_session/${guest?.id}`, 400],
    ]);
    expect(api.calls()[1]?.body).toEqual({ contract: 5 });
  });

  it('routes only its base path on the page origin, or on an absolute baseUrl', async () => {
    const relative = await start();
    expect(relative.routes('https://shop.test/api/catalog')).toBe(true);
    expect(relative.routes('https://shop.test/apis/catalog')).toBe(false);
    expect(relative.routes('https://cdn.test/api/catalog')).toBe(false);
    const absolute = await start({ baseUrl: 'https://pay.test/v1/' });
    expect(absolute.routes('https://pay.test/v1/catalog')).toBe(true);
    expect(absolute.routes('https://shop.test/v1/catalog')).toBe(false);
    const catalog = await absolute.send('https://pay.test/v1/catalog');
    expect(catalog.status).toBe(200);
    expect(absolute.api.calls()[0]?.path).toBe('/catalog');
  });

  it('fail() breaks the next call of one endpoint, once, and says so in calls()', async () => {
    const { api, send } = await start();
    const url = 'https://shop.test/api/catalog';
    api.fail('catalog', 'network');
    api.fail('catalog', '500');
    expect((await send(url)).aborted).toBe('internetdisconnected');
    expect((await send(url)).status).toBe(500);
    expect((await send(url)).status).toBe(200);
    expect(api.calls().map((call) => call.status)).toEqual([0, 500, 200]);
    api.fail('catalog', '503');
    expect((await send(url)).status).toBe(503);

    api.fail('catalog', 'delay:150');
    const started = Date.now();
    expect((await send(url)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('refuses an unknown endpoint or kind with a clear error', async () => {
    const { api } = await start();
    expect(() => api.fail('catalog', '200' as never)).toThrow(/kind must be/);
    expect(() => api.fail('catalog', 'timeout' as never)).toThrow(
      /"network", "500" or "delay:<ms>"/,
    );
    expect(() => api.fail('get' as never, 'network')).toThrow(/endpoint must be one of create/);
  });

  it('takes failures per endpoint, `read` included', async () => {
    const { api, send } = await start({ failures: { read: [503] } });
    const [guest] = api.seeded;
    const url = `https://shop.test/api/checkout_session/${guest?.id}`;
    const headers = { authorization: `Bearer ${guest?.clientSecret}` };
    expect((await send(url, { headers })).status).toBe(503);
    expect((await send(url, { headers })).status).toBe(200);
  });

  it('runs on the clock it is given: now, then setNow', async () => {
    const { api, send } = await start({ now: '2030-01-01T12:00:00Z' });
    const [guest] = api.seeded;
    expect(guest?.session.created_at).toBe('2030-01-01T12:00:00.000Z');
    const url = `https://shop.test/api/checkout_session/${guest?.id}`;
    const headers = { authorization: `Bearer ${guest?.clientSecret}` };
    api.setNow('2030-01-03T12:00:00Z');
    expect(JSON.parse((await send(url, { headers })).body ?? '')).toMatchObject({
      status: 'expired',
    });
    expect(() => api.setNow('soon')).toThrow(/not a date/);
  });

  it('seeds nothing by default with a catalog of its own', async () => {
    const plan = { id: 'solo', name: 'Solo', interval: 'month' as const };
    const prices = { USD: { scheme: 'flat' as const, amount: 500 } };
    const { api } = await start({ catalog: { plans: [{ ...plan, prices }], products: [] } });
    expect(api.seeded).toEqual([]);
    await expect(
      start({ catalog: { plans: [{ id: 'solo' }], products: [] } as never }),
    ).rejects.toThrow(/mockCheckoutApi: invalid catalog/);
  });
});
