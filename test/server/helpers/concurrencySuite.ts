import { expect, it } from 'vitest';
import { apiCaller, type CallResult } from './api.js';

/**
 * Races over real sockets. With several base URLs (several server processes on one database)
 * requests alternate between them, so the guarantees must hold across processes.
 */
export function concurrencySuite(target: () => { urls: string[]; key: string }) {
  const callers = () => target().urls.map((url) => apiCaller(url));
  const via = (i: number) => {
    const all = callers();
    return all[i % all.length] as ReturnType<typeof apiCaller>;
  };
  const create = async () => {
    const { key } = target();
    const res = await via(0)('POST', '/checkout_session', {
      token: key,
      body: {
        contract: { plan_id: 'team', quantity: 2, currency: 'USD' },
        customer: { email: 'r@example.com' },
      },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const patch = (i: number, id: string, body: unknown, headers: Record<string, string> = {}) =>
    via(i)('PATCH', `/checkout_session/${id}`, { token: target().key, body, headers });
  const statuses = (results: CallResult[]) => results.map((r) => r.status).sort();

  it('25 parallel PATCHes with the same If-Match: exactly one wins, 24 get 412', async () => {
    const id = await create();
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        patch(i, id, { custom_data: { winner: i } }, { 'if-match': '"1"' }),
      ),
    );
    expect(statuses(results)).toEqual([200, ...Array(24).fill(412)]);
    const read = await via(1)('GET', `/checkout_session/${id}`, { token: target().key });
    expect(read.body.version).toBe(2);
    const winner = results.findIndex((r) => r.status === 200);
    expect(read.body.custom_data.winner).toBe(winner);
  });

  it('20 parallel unconditional updates lose nothing', async () => {
    const id = await create();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => patch(i, id, { custom_data: { [`k${i}`]: i } })),
    );
    expect(statuses(results)).toEqual(Array(20).fill(200));
    const read = await via(1)('GET', `/checkout_session/${id}`, { token: target().key });
    expect(read.body.version).toBe(21);
    for (let i = 0; i < 20; i++) expect(read.body.custom_data[`k${i}`]).toBe(i);
    expect(read.body.custom_data.audit_trail).toHaveLength(20);
  });

  it('an update racing a confirm is serialized: the loser sees the winner', async () => {
    for (let round = 0; round < 6; round++) {
      const id = await create();
      const [update, confirm] = await Promise.all([
        patch(round, id, { custom_data: { raced: true } }),
        via(round + 1)('POST', `/checkout_session/${id}/confirm`, {
          token: target().key,
          body: { payment_method: 'pm_card_ok' },
        }),
      ]);
      expect(confirm.status).toBe(200);
      if (update.status === 200) {
        expect(update.body.version).toBe(2);
        expect(confirm.body.version).toBe(3);
        expect(confirm.body.custom_data.raced).toBe(true);
      } else {
        expect(update.status).toBe(409);
        expect(update.body.error).toMatchObject({ code: 'session_not_open', status: 'complete' });
        expect(confirm.body.version).toBe(2);
      }
    }
  });

  it('one Idempotency-Key sent 10 times at once applies once and replays the same body', async () => {
    const id = await create();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        patch(i, id, { custom_data: { once: 1 } }, { 'idempotency-key': 'race-key' }),
      ),
    );
    expect(statuses(results)).toEqual(Array(10).fill(200));
    for (const r of results) expect(r.body).toEqual(results[0]?.body);
    const read = await via(0)('GET', `/checkout_session/${id}`, { token: target().key });
    expect(read.body.version).toBe(2);
  });

  it('one Idempotency-Key on 6 parallel creations makes one session', async () => {
    const body = { contract: { plan_id: 'starter', currency: 'EUR' } };
    const key = `create-${Math.random()}`;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        via(i)('POST', '/checkout_session', {
          token: target().key,
          body,
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    expect(statuses(results)).toEqual(Array(6).fill(201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
  });
}
