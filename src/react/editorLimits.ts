import type { Offer } from '../core/index.js';
import { addDays, todayUtc } from '../core/rules/dates.js';

/**
 * The quantities a plan allows: its `quantity` range, or exactly 1 for a plan without one (or no
 * plan). Shared by the checks, the quantity field and the plan switch, so they never disagree.
 * @example quantityRange(catalog.plans, 'team') // { min: 1, max: 500, unit_label: 'seats' }
 */
export function quantityRange(
  plans: readonly Offer[],
  planId: string,
): { min: number; max: number; unit_label?: string | undefined } {
  return plans.find((plan) => plan.id === planId)?.quantity ?? { min: 1, max: 1 };
}

/**
 * The start dates the API accepts on `now`: today (UTC) to 365 days ahead, `YYYY-MM-DD`.
 * @example startDateWindow(new Date('2026-12-01T10:00:00Z')) // { min: '2026-12-01', max: '2027-12-01' }
 */
export function startDateWindow(now: Date): { min: string; max: string } {
  const today = todayUtc(now);
  return { min: today, max: addDays(today, 365) };
}
