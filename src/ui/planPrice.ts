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
  let amount: string;
  switch (pricing.scheme) {
    case 'flat':
      amount = money(pricing.amount, currency, locale);
      break;
    case 'per_unit':
      amount = fill(t.price_each, { amount: money(pricing.unit_amount, currency, locale) });
      break;
    case 'tiered': {
      const lowest = Math.min(...pricing.tiers.map((tier) => tier.unit_amount));
      amount = fill(t.price_from, { amount: money(lowest, currency, locale) });
      break;
    }
    default:
      return pricing satisfies never;
  }
  return perInterval(t, amount, plan.interval, plan.interval_count ?? 1);
}
