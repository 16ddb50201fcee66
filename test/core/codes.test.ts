import { describe, expect, it } from 'vitest';
import { currencyExponent, isCountryCode } from '../../src/core/index.js';

describe('currencyExponent: ISO 4217 minor units', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['CLP', 0],
    ['ISK', 0],
    ['VND', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['TND', 3],
    ['OMR', 3],
    ['CLF', 4],
  ])('%s has %i decimals', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it.each(['usd', 'Usd', 'US', 'USDD', 'XXX', 'XAU', 'ABC', '', ' USD'])(
    '%j is not an ISO 4217 currency code',
    (code) => {
      expect(currencyExponent(code)).toBeUndefined();
    },
  );
});

describe('isCountryCode: ISO 3166-1 alpha-2, upper case', () => {
  it.each(['DE', 'US', 'JP', 'GB', 'AX', 'ZW'])('%s is a country', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });
  it.each(['de', 'UK', 'EU', 'USA', 'D', '', 'XX'])('%j is not a country code', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});
