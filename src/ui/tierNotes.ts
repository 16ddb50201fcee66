import type { Offer } from '../core/index.js';
import { fill } from './fill.js';
import { money } from './format.js';
import type { Messages } from './messages/en.js';

/**
 * For a tiered plan: which tier the quantity is in, and what the next tier would change.
 * Empty for other pricing schemes.
 * @example tierNotes(t, scale, 'USD', 60, 'en-US')
 * // ['Tier 2 of 3: from 51 seats, $80.00 each.', 'Next tier from 251 seats: $60.00 each.']
 */
export function tierNotes(
  t: Messages,
  plan: Offer,
  currency: string,
  quantity: number,
  locale: string | undefined,
): string[] {
  const pricing = plan.prices[currency];
  if (pricing?.scheme !== 'tiered' || pricing.tiers.length < 2) return [];
  const { tiers, mode } = pricing;
  const index = tiers.findIndex((tier) => tier.up_to === null || quantity <= tier.up_to);
  if (index < 0) return [];
  const unit = plan.quantity?.unit_label ?? t.units;
  const each = mode === 'graduated' ? t.price_each : t.price_all_units;
  const notes: string[] = [];
  // The tier the quantity is in, then the next one (if any).
  for (const i of [index, index + 1]) {
    const tier = tiers[i];
    if (!tier) break;
    const m = (amount: number) => money(amount, currency, locale);
    notes.push(
      fill(i === index ? t.tier : t.tier_next, {
        index: i + 1,
        count: tiers.length,
        from: i === 0 ? (plan.quantity?.min ?? 1) : (tiers[i - 1]?.up_to ?? 0) + 1,
        unit,
        price: fill(each, { amount: m(tier.unit_amount) }),
        flat: tier.flat_amount ? fill(t.tier_flat, { flat_amount: m(tier.flat_amount) }) : '',
      }),
    );
  }
  return notes;
}
