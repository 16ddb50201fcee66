import type { Catalog } from '../catalog.js';
import type { Contract } from '../contract.js';
import type { Estimate, EstimateLine } from '../estimate.js';
import { priceQuantity } from '../pricing/priceQuantity.js';
import { addInterval, startOfDay } from './dates.js';
import { billingCycle, findOffer } from './offers.js';

/**
 * Prices a contract that `validateContract` accepted against the same catalog. Throws when the
 * contract names something the catalog lacks: that is a bug in the caller, not user input.
 * @example computeEstimate({ plan_id: 'team', quantity: 7, currency: 'JPY', start_date }, catalog, now).total // 12600
 */
export function computeEstimate(contract: Contract, catalog: Catalog, now: Date): Estimate {
  const wanted =
    'plan_id' in contract
      ? [{ kind: 'plan' as const, id: contract.plan_id, quantity: contract.quantity }]
      : contract.items.map((item) => ({
          kind: 'product' as const,
          id: item.product_id,
          quantity: item.quantity,
        }));
  const lines: EstimateLine[] = [];
  let cycle: ReturnType<typeof billingCycle> | undefined;
  for (const { kind, id, quantity } of wanted) {
    const offer = findOffer(catalog, kind, id);
    const pricing = offer?.prices[contract.currency];
    if (!offer || !pricing) {
      throw new Error(`computeEstimate: ${kind} ${id} has no ${contract.currency} price`);
    }
    cycle ??= billingCycle(offer);
    const priced = priceQuantity(pricing, quantity);
    const line: EstimateLine = { kind, id, name: offer.name, quantity, amount: priced.amount };
    if (priced.tiers) line.tiers = priced.tiers;
    lines.push(line);
  }
  if (!cycle) throw new Error('computeEstimate: a contract needs at least one item');
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  return {
    currency: contract.currency,
    interval: cycle.interval,
    interval_count: cycle.interval_count,
    lines,
    subtotal,
    total: subtotal,
    // Due today once the start date has begun (compared as times: no date to format).
    due_today: startOfDay(contract.start_date) <= now.getTime() ? subtotal : 0,
    first_billing_date: contract.start_date,
    next_billing_date: addInterval(contract.start_date, cycle.interval, cycle.interval_count),
    computed_at: now.toISOString(),
  };
}
