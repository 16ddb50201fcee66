import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyUpdate, type Session, type UpdateRequest } from '../../src/core/index.js';
import { deepFreeze, makeCtx, makeSession, NOW } from './factories.js';

/*
 * Random updates mixing valid and invalid values for every field, applied to random sessions.
 * The rules must never mutate their input, and must account for every change exactly once.
 */

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const text = fc.oneof(
  fc.constantFrom('', ' ', 'Ada', 'x'.repeat(201)),
  fc.string({ maxLength: 8 }),
);
const nullableText = fc.oneof(fc.constant(null), text);
const url = fc.constantFrom(
  null,
  'https://shop.example.com/done',
  'https://shop.example.com/other',
  'http://shop.example.com',
  'javascript:alert(1)',
  '/relative',
  '',
);
const contract = fc.oneof(
  fc.record(
    {
      plan_id: fc.constantFrom('starter', 'team', 'scale', 'usage', 'gold'),
      quantity: fc.integer({ min: -1, max: 1_200 }),
      currency: fc.constantFrom('USD', 'EUR', 'JPY', 'usd', 'KWD'),
      start_date: fc.constantFrom(
        '2026-03-15',
        '2026-03-14',
        '2026-04-30',
        '2027-03-16',
        '2026-02-30',
      ),
    },
    { requiredKeys: ['plan_id', 'currency'] },
  ),
  fc.record(
    {
      items: fc.array(
        fc.record(
          {
            product_id: fc.constantFrom('seats', 'priority_support', 'sso', 'audit_log', 'fax'),
            quantity: fc.integer({ min: 0, max: 3 }),
          },
          { requiredKeys: ['product_id'] },
        ),
        { maxLength: 3 },
      ),
      currency: fc.constantFrom('USD', 'EUR'),
    },
    { requiredKeys: ['items', 'currency'] },
  ),
);

// One to three fields per update, so that valid, no-op and invalid updates all occur.
const fields: fc.Arbitrary<UpdateRequest>[] = [
  contract.map((value) => ({ contract: value })),
  fc.constantFrom('USD', 'EUR', 'usd').map((currency) => ({ currency })),
  fc
    .record(
      {
        customer_id: fc.constantFrom(null, 'cus_1'),
        email: fc.constantFrom(null, '', 'ada@example.com', 'grace@example.com', 'bad'),
        name: nullableText,
        company: nullableText,
        phone: nullableText,
        address: fc.option(
          fc.record(
            {
              line1: nullableText,
              city: nullableText,
              country: fc.constantFrom(null, 'DE', 'de', 'XX'),
            },
            { requiredKeys: [] },
          ),
          { nil: null },
        ),
      },
      { requiredKeys: [] },
    )
    .map((customer) => ({ customer })),
  fc
    .constantFrom(
      '2026-03-16T12:00:00.000Z',
      '2026-03-20T00:00:00Z',
      '2026-01-01T00:00:00Z',
      'soon',
    )
    .map((expires_at) => ({ expires_at })),
  url.map((success_url) => ({ success_url })),
  url.map((cancel_url) => ({ cancel_url })),
  fc
    .option(
      fc.record(
        { utm_source: text, referrer: fc.constantFrom('https://google.com', 'google') },
        { requiredKeys: [] },
      ),
      { nil: null },
    )
    .map((attribution) => ({ attribution })),
  fc
    .dictionary(
      fc.constantFrom(
        'campaign',
        'campaign',
        'order',
        'order',
        'audit_trail',
        'bad key',
        'k'.repeat(41),
      ),
      fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), text),
      { maxKeys: 2 },
    )
    .map((custom_data) => ({ custom_data })),
];

const update: fc.Arbitrary<UpdateRequest> = fc
  .tuple(
    fc.array(fc.oneof(...fields), { minLength: 1, maxLength: 3 }),
    maybe(fc.constantFrom('other', 'plan_change') as fc.Arbitrary<'other' | 'plan_change'>),
    maybe(fc.constantFrom('why', 'n'.repeat(501))),
  )
  .map(([parts, update_reason, update_note]) => {
    const req: UpdateRequest = Object.assign({}, ...parts);
    if (update_reason) req.update_reason = update_reason;
    if (update_note) req.update_note = update_note;
    return req;
  });

const session: fc.Arbitrary<Session> = fc
  .record({
    customerId: fc.constantFrom(null, 'cus_1'),
    payment_status: fc.constantFrom('not_started', 'not_started', 'not_started', 'processing'),
    status: fc.constantFrom('open', 'open', 'open', 'complete'),
    trail: fc.constantFrom(0, 1, 200),
    campaign: maybe(fc.constant('spring')),
  })
  .map(({ customerId, payment_status, status, trail, campaign }) => {
    const base = makeSession({ customer_id: customerId });
    const entries = Array.from({ length: trail }, () => ({
      at: NOW.toISOString(),
      version: 1,
      actor: 'client',
      reason: null,
      note: null,
      changes: [],
    }));
    return {
      ...base,
      payment_status,
      status,
      custom_data: { ...(campaign ? { campaign } : {}), audit_trail: entries },
    } as Session;
  });

const ctx = makeCtx({ now: new Date(NOW.getTime() + 1_000) });
const ifMatch = fc.option(fc.constantFrom(1, 2), { nil: undefined });

describe('applyUpdate properties', () => {
  it('never mutates its input, and a rejected update leaves the session deep-equal', () => {
    fc.assert(
      fc.property(session, update, ifMatch, (s, req, version) => {
        const before = structuredClone(s);
        const reqBefore = structuredClone(req);
        const outcome = applyUpdate(
          deepFreeze(s),
          deepFreeze(req),
          ctx,
          version === undefined ? {} : { ifMatch: version },
        );
        expect(s).toEqual(before);
        expect(req).toEqual(reqBefore);
        if (outcome.kind === 'rejected')
          expect(outcome.failure.httpStatus).toBeGreaterThanOrEqual(409);
      }),
      { numRuns: 200 },
    );
  });

  it('a changing update appends exactly one audit entry and bumps the version by one', () => {
    fc.assert(
      fc.property(session, update, (s, req) => {
        const outcome = applyUpdate(s, req, ctx, {});
        if (outcome.kind !== 'changed') return;
        const trailBefore = s.custom_data.audit_trail as unknown[];
        const trailAfter = outcome.session.custom_data.audit_trail as unknown[];
        expect(outcome.session.version).toBe(s.version + 1);
        expect(trailAfter).toEqual([...trailBefore, outcome.audit]);
        expect(outcome.audit.version).toBe(outcome.session.version);
        expect(outcome.audit.changes.length).toBeGreaterThan(0);
        expect(outcome.session.currency).toBe(outcome.session.contract.currency);
        // Applying the same update again changes nothing more.
        expect(applyUpdate(outcome.session, req, ctx, {}).kind).toBe('unchanged');
      }),
      { numRuns: 200 },
    );
  });

  it('the random updates reach every outcome', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(session, update, (s, req) => {
        kinds.add(applyUpdate(s, req, ctx, {}).kind);
      }),
      { numRuns: 200 },
    );
    expect([...kinds].sort()).toEqual(['changed', 'rejected', 'unchanged']);
  });

  it('an unchanged outcome keeps everything but last_activity_at', () => {
    fc.assert(
      fc.property(session, update, (s, req) => {
        const outcome = applyUpdate(s, req, ctx, {});
        if (outcome.kind !== 'unchanged') return;
        expect(outcome.session).toEqual({ ...s, last_activity_at: ctx.now.toISOString() });
      }),
      { numRuns: 300 },
    );
  });
});
