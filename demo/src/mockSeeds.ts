import type { MockSessionSeed } from '../../src/mock/index.js';

/*
 * The sessions the in-browser mock starts with (`?mock=1`). Ids are fixed so links stay valid
 * across reloads; the mock forgets every change on reload, which is what a demo wants.
 * The first one is what `?mock=1` opens without a session_id.
 */

/** A guest on Team × 5 (USD): every shopper section is editable. */
export const mockGuestSeed: MockSessionSeed = {
  id: '4f1d2c3b-5a69-4e7d-8c1b-2a3f4e5d6c7b',
  create: {
    contract: { plan_id: 'team', quantity: 5, currency: 'USD' },
    customer: { email: 'guest@example.com' },
    success_url: 'https://shop.example.com/thanks',
    cancel_url: 'https://shop.example.com/cart',
  },
};

/** A known customer on Team in JPY: details are read-only, yen have no decimals. */
export const mockCustomerSeed: MockSessionSeed = {
  id: '7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d',
  create: {
    contract: { plan_id: 'team', quantity: 7, currency: 'JPY' },
    customer_id: 'cus_demo_hanako',
    customer: { email: 'hanako@example.jp', name: 'Hanako Yamada', company: 'Yamada KK' },
  },
};

/** Already paid: the editor shows the summary and why it cannot change. */
export const mockPaidSeed: MockSessionSeed = {
  id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  create: {
    contract: { plan_id: 'starter', currency: 'USD' },
    customer: { email: 'paid@example.com' },
  },
  confirm: 'pm_card_ok',
};

export const mockSeeds: readonly MockSessionSeed[] = [
  mockGuestSeed,
  mockCustomerSeed,
  mockPaidSeed,
];
