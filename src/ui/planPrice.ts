import type { Offer } from '../core/index.js';
import { fill } from './fill.js';
import { money, perInterval } from './format.js';
import type { Messages } from './messages/en.js';

/**
 * What a plan costs per interval in one currency, for the plan list: "$9.00 / month",
 * "$12.00 each / month", "from $60.00 each / year". Undefined when it has no price there.
 * @example planPrice(t, team, 'USD', 'en-US') // '$12.00 each / month'
 */
export function planPrice(
  t: Messages,
  plan: Offer,
  currency: string,
  locale: string | undefined,
): string | undefined {
  const pricing = plan.prices[currency];
  if (!pricing) return undefined;
  const m = (amount: number) => money(amount, currency, locale);
  const amount =
    pricing.scheme === 'flat'
      ? m(pricing.amount)
      : pricing.scheme === 'per_unit'
        ? fill(t.price_each, { amount: m(pricing.unit_amount) })
        : fill(t.price_from, { amount: m(Math.min(...pricing.tiers.map((x) => x.unit_amount))) });
  return perInterval(t, amount, plan);
}
