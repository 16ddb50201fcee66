import type { Catalog, Offer, QuantityRange } from '../catalog.js';
import { defaultQuantityRange } from './defaultQuantityRange.js';

/** The plan or product a contract names, or undefined. */
export function findOffer(
  catalog: Catalog,
  kind: 'plan' | 'product',
  id: string,
): Offer | undefined {
  return (kind === 'plan' ? catalog.plans : catalog.products).find((offer) => offer.id === id);
}

/** An offer's quantity bounds, with the catalog default of exactly 1. */
export function quantityRange(offer: Offer): QuantityRange {
  return offer.quantity ?? defaultQuantityRange;
}

/** How often an offer bills: its interval and interval_count (default 1). */
export function billingCycle(offer: Offer): {
  interval: Offer['interval'];
  interval_count: number;
} {
  return { interval: offer.interval, interval_count: offer.interval_count ?? 1 };
}
