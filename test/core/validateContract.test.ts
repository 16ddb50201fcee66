import { describe, expect, it } from 'vitest';
import {
  addDays,
  type Catalog,
  type ContractInput,
  todayUtc,
  validateContract,
} from '../../src/core/index.js';
import { catalog, NOW } from './factories.js';

const today = todayUtc(NOW);

function problems(input: ContractInput, cat: Catalog = catalog) {
  const result = validateContract(input, cat, NOW);
  return result.ok ? [] : result.details.map(({ path, code }) => ({ path, code }));
}

describe('validateContract: accepted contracts get their defaults', () => {
  it('fills quantity 1 and start_date today (UTC)', () => {
    expect(validateContract({ plan_id: 'starter', currency: 'USD' }, catalog, NOW)).toEqual({
      ok: true,
      contract: { plan_id: 'starter', quantity: 1, currency: 'USD', start_date: today },
    });
    expect(
      validateContract({ items: [{ product_id: 'sso' }], currency: 'USD' }, catalog, NOW),
    ).toEqual({
      ok: true,
      contract: { items: [{ product_id: 'sso', quantity: 1 }], currency: 'USD', start_date: today },
    });
  });

  it.each([today, addDays(today, 365)])('accepts start_date %s', (start_date) => {
    expect(problems({ plan_id: 'team', quantity: 5, currency: 'USD', start_date })).toEqual([]);
  });
});

describe('validateContract: every problem, at its path', () => {
  it.each<[string, ContractInput, { path: string; code: string }[]]>([
    [
      'unknown plan',
      { plan_id: 'gold', currency: 'USD' },
      [{ path: 'contract.plan_id', code: 'unknown_plan' }],
    ],
    [
      'lower-case currency',
      { plan_id: 'team', currency: 'usd' },
      [{ path: 'contract.currency', code: 'invalid_currency' }],
    ],
    [
      'made-up currency',
      { plan_id: 'team', currency: 'ABC' },
      [{ path: 'contract.currency', code: 'invalid_currency' }],
    ],
    [
      'plan without that price',
      { plan_id: 'usage', currency: 'EUR' },
      [{ path: 'contract.currency', code: 'currency_not_supported' }],
    ],
    [
      'quantity below min',
      { plan_id: 'scale', quantity: 9, currency: 'USD' },
      [{ path: 'contract.quantity', code: 'quantity_out_of_range' }],
    ],
    [
      'quantity above max',
      { plan_id: 'team', quantity: 501, currency: 'USD' },
      [{ path: 'contract.quantity', code: 'quantity_out_of_range' }],
    ],
    [
      'default range is 1..1',
      { plan_id: 'starter', quantity: 2, currency: 'USD' },
      [{ path: 'contract.quantity', code: 'quantity_out_of_range' }],
    ],
    [
      'quantity 0 with min 1',
      { plan_id: 'team', quantity: 0, currency: 'USD' },
      [{ path: 'contract.quantity', code: 'quantity_out_of_range' }],
    ],
    [
      'start yesterday',
      { plan_id: 'team', currency: 'USD', start_date: addDays(today, -1) },
      [{ path: 'contract.start_date', code: 'start_date_out_of_range' }],
    ],
    [
      'start in 366 days',
      { plan_id: 'team', currency: 'USD', start_date: addDays(today, 366) },
      [{ path: 'contract.start_date', code: 'start_date_out_of_range' }],
    ],
    [
      'impossible date',
      { plan_id: 'team', currency: 'USD', start_date: '2026-02-30' },
      [{ path: 'contract.start_date', code: 'invalid_date' }],
    ],
    [
      'badly written date',
      { plan_id: 'team', currency: 'USD', start_date: '15/03/2026' },
      [{ path: 'contract.start_date', code: 'invalid_date' }],
    ],
    [
      'no items',
      { items: [], currency: 'USD' },
      [{ path: 'contract.items', code: 'items_out_of_range' }],
    ],
    [
      'unknown product',
      { items: [{ product_id: 'seats' }, { product_id: 'fax' }], currency: 'USD' },
      [{ path: 'contract.items.1.product_id', code: 'unknown_product' }],
    ],
    [
      'duplicate product',
      {
        items: [{ product_id: 'seats' }, { product_id: 'sso' }, { product_id: 'seats' }],
        currency: 'USD',
      },
      [{ path: 'contract.items.2.product_id', code: 'duplicate_product' }],
    ],
    [
      'item quantity out of range',
      { items: [{ product_id: 'seats', quantity: 1001 }], currency: 'USD' },
      [{ path: 'contract.items.0.quantity', code: 'quantity_out_of_range' }],
    ],
    [
      'mixed intervals',
      { items: [{ product_id: 'seats' }, { product_id: 'audit_log' }], currency: 'USD' },
      [{ path: 'contract.items', code: 'interval_mismatch' }],
    ],
    [
      'a product without that price',
      { items: [{ product_id: 'seats' }, { product_id: 'sso' }], currency: 'EUR' },
      [{ path: 'contract.currency', code: 'currency_not_supported' }],
    ],
  ])('%s', (_, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it('reports every problem at once', () => {
    expect(
      problems({
        items: [
          { product_id: 'seats', quantity: 0 },
          { product_id: 'nope' },
          { product_id: 'seats' },
          { product_id: 'audit_log' },
        ],
        currency: 'usd',
        start_date: '2026-02-29',
      }),
    ).toEqual([
      { path: 'contract.currency', code: 'invalid_currency' },
      { path: 'contract.start_date', code: 'invalid_date' },
      { path: 'contract.items.0.quantity', code: 'quantity_out_of_range' },
      { path: 'contract.items.1.product_id', code: 'unknown_product' },
      { path: 'contract.items.2.product_id', code: 'duplicate_product' },
      { path: 'contract.items', code: 'interval_mismatch' },
    ]);
  });

  it('accepts 20 items and refuses 21', () => {
    const products = Array.from({ length: 21 }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      interval: 'month' as const,
      prices: { USD: { scheme: 'flat' as const, amount: 100 } },
    }));
    const big: Catalog = { plans: [], products };
    const items = products.map((p) => ({ product_id: p.id }));
    expect(problems({ items: items.slice(0, 20), currency: 'USD' }, big)).toEqual([]);
    expect(problems({ items, currency: 'USD' }, big)).toEqual([
      { path: 'contract.items', code: 'items_out_of_range' },
    ]);
  });

  it('treats the same interval with a different interval_count as a mismatch', () => {
    const cat: Catalog = {
      plans: [],
      products: [
        { id: 'a', name: 'A', interval: 'month', prices: { USD: { scheme: 'flat', amount: 1 } } },
        {
          id: 'b',
          name: 'B',
          interval: 'month',
          interval_count: 3,
          prices: { USD: { scheme: 'flat', amount: 1 } },
        },
      ],
    };
    expect(
      problems({ items: [{ product_id: 'a' }, { product_id: 'b' }], currency: 'USD' }, cat),
    ).toEqual([{ path: 'contract.items', code: 'interval_mismatch' }]);
  });

  it('refuses amounts beyond Number.MAX_SAFE_INTEGER instead of pricing them wrongly', () => {
    const huge: Catalog = {
      plans: [
        {
          id: 'huge',
          name: 'Huge',
          interval: 'month',
          quantity: { min: 1, max: Number.MAX_SAFE_INTEGER },
          prices: { USD: { scheme: 'per_unit', unit_amount: 1_000_000 } },
        },
      ],
      products: [],
    };
    expect(problems({ plan_id: 'huge', quantity: 9_007_199_254, currency: 'USD' }, huge)).toEqual(
      [],
    );
    expect(problems({ plan_id: 'huge', quantity: 9_007_199_255, currency: 'USD' }, huge)).toEqual([
      { path: 'contract.quantity', code: 'quantity_out_of_range' },
    ]);
  });
});
