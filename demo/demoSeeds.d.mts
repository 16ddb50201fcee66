import type { CreateRequest, PaymentMethod } from '../src/core/requests.js';

/** One session the demo starts with (demo/demoSeeds.mjs). */
export interface DemoSeed {
  /** Stable name of the seed: `guest`, `known-customer`, `guest-eur`, `tiered`, `paid`. */
  key: string;
  /** What the demo prints beside the link, e.g. `Guest, Team × 5 (USD)`. */
  label: string;
  /** The `POST /checkout_session` body. */
  create: CreateRequest;
  /** Confirm it afterwards with this test card. */
  confirm?: PaymentMethod;
}

/** The mock's fixed session ids by seed key. */
export declare const mockSeedIds: Readonly<Record<'guest' | 'known-customer' | 'paid', string>>;

/** The seeds for `catalog`, dates relative to `today` (YYYY-MM-DD, UTC; default today). */
export declare function demoSeeds(
  catalog: { plans: readonly unknown[]; products?: readonly unknown[] },
  today?: string,
): DemoSeed[];
