import { fourDecimal, threeDecimal, zeroDecimal } from './minorUnitExceptions.js';

/*
 * Active ISO 4217 codes (list one, 2025) with their minor-unit exponents. Codes without a minor
 * unit (precious metals, XDR, testing codes) are left out: nothing can be priced in them.
 * Grouped by exponent so the exceptions to "2" stand out.
 */
const twoDecimal =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP ' +
  'BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD ' +
  'FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD ' +
  'KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD ' +
  'NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP ' +
  'SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED ' +
  'VES WST XCD XCG YER ZAR ZMW ZWG';

const exponents = new Map<string, number>();
for (const [codes, exponent] of [
  [zeroDecimal, 0],
  [twoDecimal, 2],
  [threeDecimal, 3],
  [fourDecimal, 4],
] as const) {
  for (const code of codes.split(' ')) exponents.set(code, exponent);
}

/**
 * ISO 4217 minor-unit exponent of a currency code; `undefined` when the code is not an active
 * ISO 4217 code. Upper case only: `usd` is not a code.
 * @example currencyExponent('JPY') // 0
 */
export function currencyExponent(code: string): number | undefined {
  return exponents.get(code);
}
