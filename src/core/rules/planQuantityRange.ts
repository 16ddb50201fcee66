import type { Offer, QuantityRange } from '../catalog.js';
import { defaultQuantityRange } from './defaultQuantityRange.js';

/**
 * The quantities the plan `planId` allows: its `quantity` range, or exactly 1 for a plan without
 * one (or no such plan). The editor's lookup by id; the API's rule is `quantityRange(offer)`.
 * @example planQuantityRange(catalog.plans, 'team') // { min: 1, max: 500, unit_label: 'seats' }
 */
export function planQuantityRange(
  plans: readonly Offer[],
  planId: string,
): Readonly<QuantityRange> {
  return plans.find((plan) => plan.id === planId)?.quantity ?? defaultQuantityRange;
}
