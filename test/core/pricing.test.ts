import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Pricing, priceQuantity, summarize, type Tier } from '../../src/core/index.js';
import { makeCtx } from './factories.js';

function total(plan_id: string, quantity: number, currency: string): number {
  const result = summarize({ contract: { plan_id, quantity, currency } }, makeCtx());
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result.estimates.total;
}

describe('pricing: the worked examples of api.md', () => {
  it.each([
    ['scale', 60, 'USD', 630_000],
    ['usage', 100, 'USD', 5_000],
    ['usage', 150, 'USD', 7_000],
    ['usage', 1001, 'USD', 30_025],
    ['team', 7, 'JPY', 12_600],
  ])('%s × %i in %s = %i', (plan, quantity, currency, expected) => {
    expect(total(plan, quantity, currency)).toBe(expected);
  });
});

describe('pricing: both edges of every tier of the example catalog', () => {
  it.each([
    // scale, graduated: 50 × 10000 + 50000 flat, then 8000, then 6000
    ['scale', 10, 'USD', 10 * 10_000 + 50_000],
    ['scale', 50, 'USD', 50 * 10_000 + 50_000],
    ['scale', 51, 'USD', 550_000 + 8_000],
    ['scale', 250, 'USD', 550_000 + 200 * 8_000],
    ['scale', 251, 'USD', 550_000 + 1_600_000 + 6_000],
    ['scale', 10_000, 'USD', 550_000 + 1_600_000 + 9_750 * 6_000],
    ['scale', 50, 'EUR', 50 * 9_500 + 45_000],
    ['scale', 51, 'EUR', 50 * 9_500 + 45_000 + 7_500],
    // usage, volume: every unit at the tier the total falls in
    ['usage', 1, 'USD', 50],
    ['usage', 100, 'USD', 5_000],
    ['usage', 101, 'USD', 101 * 40 + 1_000],
    ['usage', 1000, 'USD', 1000 * 40 + 1_000],
    ['usage', 1001, 'USD', 1001 * 25 + 5_000],
    ['usage', 100_000, 'USD', 100_000 * 25 + 5_000],
    // flat and per unit
    ['starter', 1, 'USD', 900],
    ['starter', 1, 'JPY', 1_400],
    ['team', 1, 'USD', 1_200],
    ['team', 500, 'EUR', 550_000],
  ])('%s × %i in %s = %i', (plan, quantity, currency, expected) => {
    expect(total(plan, quantity, currency)).toBe(expected);
  });
});

describe('priceQuantity', () => {
  const graduated: Pricing = {
    scheme: 'tiered',
    mode: 'graduated',
    tiers: [
      { up_to: 50, unit_amount: 10_000, flat_amount: 50_000 },
      { up_to: 250, unit_amount: 8_000 },
      { up_to: null, unit_amount: 6_000 },
    ],
  };
  const volume: Pricing = {
    scheme: 'tiered',
    mode: 'volume',
    tiers: [
      { up_to: 100, unit_amount: 50 },
      { up_to: null, unit_amount: 25, flat_amount: 5_000 },
    ],
  };

  it.each([
    ['flat', { scheme: 'flat', amount: 900 } as Pricing],
    ['per_unit', { scheme: 'per_unit', unit_amount: 1_200 } as Pricing],
    ['graduated', graduated],
    ['volume', volume],
  ])('quantity 0 costs 0 under %s pricing, flat fees included', (_, pricing) => {
    expect(priceQuantity(pricing, 0).amount).toBe(0);
  });

  it('lists each graduated tier reached, with its quantity and flat fee', () => {
    expect(priceQuantity(graduated, 60)).toEqual({
      amount: 630_000,
      tiers: [
        { up_to: 50, quantity: 50, unit_amount: 10_000, flat_amount: 50_000, amount: 550_000 },
        { up_to: 250, quantity: 10, unit_amount: 8_000, flat_amount: 0, amount: 80_000 },
      ],
    });
  });

  it('lists the one volume tier the total quantity falls in', () => {
    expect(priceQuantity(volume, 1001)).toEqual({
      amount: 30_025,
      tiers: [{ up_to: null, quantity: 1001, unit_amount: 25, flat_amount: 5_000, amount: 30_025 }],
    });
  });

  it('gives no tiers breakdown for flat and per-unit prices', () => {
    expect(priceQuantity({ scheme: 'per_unit', unit_amount: 1_200 }, 7)).toEqual({ amount: 8_400 });
  });

  it('prices KWD in fils (3 decimals) and JPY in yen (no decimals), as integers', () => {
    expect(priceQuantity({ scheme: 'per_unit', unit_amount: 1_250 }, 3).amount).toBe(3_750);
    expect(priceQuantity({ scheme: 'per_unit', unit_amount: 1_800 }, 7).amount).toBe(12_600);
  });

  const tiersArb = fc
    .array(
      fc.record({
        width: fc.integer({ min: 1, max: 100 }),
        unit_amount: fc.integer({ min: 0, max: 100_000 }),
        flat_amount: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((raw) => {
      let upTo = 0;
      return raw.map(({ width, unit_amount, flat_amount }, i) => {
        upTo += width;
        const tier = { up_to: i === raw.length - 1 ? null : upTo, unit_amount };
        return flat_amount === undefined ? tier : { ...tier, flat_amount };
      });
    });

  it('graduated pricing is the sum of the marginal price of each unit', () => {
    fc.assert(
      fc.property(tiersArb, fc.integer({ min: 0, max: 700 }), (tiers, quantity) => {
        const pricing: Pricing = { scheme: 'tiered', mode: 'graduated', tiers };
        // Unit n costs its tier's unit_amount, plus the tier's flat fee if it is the tier's first unit.
        let expected = 0;
        let below = 0;
        for (const tier of tiers as Tier[]) {
          const top = tier.up_to ?? Number.POSITIVE_INFINITY;
          for (let unit = below + 1; unit <= Math.min(top, quantity); unit++) {
            expected += tier.unit_amount + (unit === below + 1 ? (tier.flat_amount ?? 0) : 0);
          }
          below = top;
        }
        const priced = priceQuantity(pricing, quantity);
        expect(priced.amount).toBe(expected);
        expect(priced.tiers?.reduce((sum, t) => sum + t.quantity, 0)).toBe(quantity);
      }),
    );
  });

  it('graduated and volume agree when there is a single tier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (unit_amount, quantity) => {
          const tiers = [{ up_to: null, unit_amount }];
          expect(priceQuantity({ scheme: 'tiered', mode: 'graduated', tiers }, quantity)).toEqual(
            priceQuantity({ scheme: 'tiered', mode: 'volume', tiers }, quantity),
          );
        },
      ),
    );
  });
});
