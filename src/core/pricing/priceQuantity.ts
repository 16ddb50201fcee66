import type { Pricing } from '../catalog.js';
import type { EstimateTier } from '../estimate.js';

/** The price of a quantity under one pricing; `tiers` only for tiered pricing. */
export interface PricedQuantity {
  amount: number;
  tiers?: EstimateTier[];
}

/**
 * Prices `quantity` units, in integer minor units, with Stripe's meaning of each scheme.
 * Quantity 0 costs 0 (no flat fee either). The caller checks `Number.isSafeInteger(amount)`:
 * with non-negative catalog amounts any overflow shows up as an unsafe result.
 * @example priceQuantity({ scheme: 'per_unit', unit_amount: 1200 }, 7) // { amount: 8400 }
 */
export function priceQuantity(pricing: Pricing, quantity: number): PricedQuantity {
  switch (pricing.scheme) {
    case 'flat':
      return { amount: quantity === 0 ? 0 : pricing.amount };
    case 'per_unit':
      return { amount: pricing.unit_amount * quantity };
    case 'tiered': {
      const tiers =
        pricing.mode === 'graduated'
          ? graduated(pricing.tiers, quantity)
          : volume(pricing.tiers, quantity);
      return { amount: tiers.reduce((sum, tier) => sum + tier.amount, 0), tiers };
    }
    default:
      return pricing satisfies never;
  }
}

type Tiers = Extract<Pricing, { scheme: 'tiered' }>['tiers'];

/** Each unit at the price of the tier it falls in; each tier reached adds its flat fee once. */
function graduated(tiers: Tiers, quantity: number): EstimateTier[] {
  const reached: EstimateTier[] = [];
  let below = 0;
  for (const tier of tiers) {
    if (quantity <= below) break;
    const top = tier.up_to === null ? quantity : Math.min(quantity, tier.up_to);
    const inTier = top - below;
    if (inTier <= 0) continue;
    reached.push(line(tier, inTier));
    below = top;
  }
  return reached;
}

/** Every unit at the one tier the total quantity falls in, plus that tier's flat fee. */
function volume(tiers: Tiers, quantity: number): EstimateTier[] {
  if (quantity === 0) return [];
  const tier = tiers.find((t) => t.up_to === null || quantity <= t.up_to) ?? tiers.at(-1);
  return tier ? [line(tier, quantity)] : [];
}

function line(tier: Tiers[number], quantity: number): EstimateTier {
  const flat = tier.flat_amount ?? 0;
  return {
    up_to: tier.up_to,
    quantity,
    unit_amount: tier.unit_amount,
    flat_amount: flat,
    amount: tier.unit_amount * quantity + flat,
  };
}
