import { fourDecimal, threeDecimal, zeroDecimal } from './minorUnitExceptions.js';

/**
 * How many digits a currency's minor unit has: its ISO 4217 exponent, 2 for any other code.
 * The widget's small lookup; the API validates codes with `currencyExponent`, from the same lists.
 * @example minorUnits('JPY') // 0
 */
export function minorUnits(currency: string): number {
  if (!/^[A-Z]{3}$/.test(currency)) return 2;
  return zeroDecimal.includes(currency)
    ? 0
    : threeDecimal.includes(currency)
      ? 3
      : fourDecimal.includes(currency)
        ? 4
        : 2;
}
