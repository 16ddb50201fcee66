import { describe, expect, it } from 'vitest';
import demoCatalog from '../../demo/catalog.json' with { type: 'json' };
import { validateCatalog } from '../../src/core/index.js';

const offer = (extra: Record<string, unknown> = {}) => ({
  id: 'basic',
  name: 'Basic',
  interval: 'month',
  prices: { USD: { scheme: 'per_unit', unit_amount: 100 } },
  quantity: { min: 1, max: 10 },
  ...extra,
});
const tiered = (tiers: unknown[], mode = 'graduated') => ({
  USD: { scheme: 'tiered', mode, tiers },
});

function problems(input: unknown): string[] {
  const result = validateCatalog(input);
  return result.ok ? [] : result.problems;
}

describe('validateCatalog', () => {
  it('accepts the example catalog', () => {
    expect(validateCatalog(demoCatalog).ok).toBe(true);
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', 'catalog', ['catalog: expected object']],
    ['missing products', { plans: [] }, ['products: expected array']],
    [
      'a bad interval',
      { plans: [offer({ interval: 'quarter' })], products: [] },
      ['plans.0.interval: expected one of "day", "week", "month", "year"'],
    ],
    [
      'a fractional amount',
      {
        plans: [offer({ prices: { USD: { scheme: 'flat', amount: 9.99 } }, quantity: undefined })],
        products: [],
      },
      ['plans.0.prices.USD.amount: expected int'],
    ],
    [
      'a flat offer with quantity.max 5',
      {
        plans: [
          offer({ prices: { USD: { scheme: 'flat', amount: 900 } }, quantity: { min: 1, max: 5 } }),
        ],
        products: [],
      },
      [
        'plans.0 (basic): prices.USD: a flat price ignores quantity, so quantity.max must be 1 (it is 5)',
      ],
    ],
    [
      'duplicate ids',
      { plans: [offer(), offer()], products: [] },
      ['plans.1 (basic): id "basic" is used by another plan'],
    ],
    [
      'an empty id',
      { plans: [], products: [offer({ id: '' })] },
      ['products.0 (no id): id must not be empty'],
    ],
    [
      'min above max',
      { plans: [offer({ quantity: { min: 5, max: 2 } })], products: [] },
      ['plans.0 (basic): quantity.min must not exceed quantity.max'],
    ],
    [
      'negative min',
      { plans: [offer({ quantity: { min: -1, max: 2 } })], products: [] },
      ['plans.0 (basic): quantity.min must be at least 0'],
    ],
    [
      'interval_count 0',
      { plans: [offer({ interval_count: 0 })], products: [] },
      ['plans.0 (basic): interval_count must be at least 1'],
    ],
    [
      'a lower-case currency',
      { plans: [offer({ prices: { usd: { scheme: 'per_unit', unit_amount: 1 } } })], products: [] },
      ['plans.0 (basic): prices.usd: "usd" is not an upper-case ISO 4217 currency code'],
    ],
    [
      'no prices',
      { plans: [offer({ prices: {} })], products: [] },
      ['plans.0 (basic): prices must name at least one currency'],
    ],
    [
      'a negative amount',
      {
        plans: [offer({ prices: { USD: { scheme: 'per_unit', unit_amount: -5 } } })],
        products: [],
      },
      ['plans.0 (basic): prices.USD.unit_amount must not be negative'],
    ],
    [
      'tiers that do not ascend',
      {
        plans: [
          offer({
            prices: tiered([
              { up_to: 5, unit_amount: 1 },
              { up_to: 5, unit_amount: 1 },
              { up_to: null, unit_amount: 1 },
            ]),
          }),
        ],
        products: [],
      },
      ['plans.0 (basic): prices.USD.tiers.1: up_to must be greater than 5 (tiers ascend)'],
    ],
    [
      'a last tier with a bound',
      {
        plans: [
          offer({
            prices: tiered([
              { up_to: 5, unit_amount: 1 },
              { up_to: 10, unit_amount: 1 },
            ]),
          }),
        ],
        products: [],
      },
      ['plans.0 (basic): prices.USD.tiers: the last tier must have up_to null'],
    ],
    [
      'an open tier before the last',
      {
        plans: [
          offer({
            prices: tiered(
              [
                { up_to: null, unit_amount: 1 },
                { up_to: null, unit_amount: 1 },
              ],
              'volume',
            ),
          }),
        ],
        products: [],
      },
      ['plans.0 (basic): prices.USD.tiers.0: only the last tier may have up_to null'],
    ],
    [
      'no tiers',
      { plans: [offer({ prices: tiered([]) })], products: [] },
      ['plans.0 (basic): prices.USD.tiers: a tiered price needs at least one tier'],
    ],
    [
      'a negative flat fee',
      {
        plans: [offer({ prices: tiered([{ up_to: null, unit_amount: 1, flat_amount: -1 }]) })],
        products: [],
      },
      ['plans.0 (basic): prices.USD.tiers.0.flat_amount must not be negative'],
    ],
    [
      'an unsafe price at quantity.max',
      {
        plans: [
          offer({
            quantity: { min: 1, max: 2 ** 40 },
            prices: { USD: { scheme: 'per_unit', unit_amount: 2 ** 20 } },
          }),
        ],
        products: [],
      },
      [
        `plans.0 (basic): prices.USD: the price of quantity.max (${2 ** 40}) exceeds the largest safe integer`,
      ],
    ],
  ])('names the problem: %s', (_, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it('allows the same id for a plan and a product', () => {
    expect(problems({ plans: [offer()], products: [offer()] })).toEqual([]);
  });
});
