import type { QuantityRange } from '../catalog.js';

/**
 * `quantity` moved into `range`; the range's minimum when there is no whole number to move.
 * @example clampQuantity(12, { min: 1, max: 10 }) // 10
 * @example clampQuantity(undefined, { min: 2, max: 10 }) // 2
 */
export function clampQuantity(
  quantity: number | undefined,
  range: Readonly<Pick<QuantityRange, 'min' | 'max'>>,
): number {
  return Number.isInteger(quantity)
    ? Math.min(range.max, Math.max(range.min, quantity as number))
    : range.min;
}
