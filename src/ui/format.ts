import type { Estimate, Interval } from '../core/index.js';
import { startOfDay } from '../core/rules/dates.js';
import { minorUnits } from '../core/rules/minorUnits.js';
import { fill } from './fill.js';
import type { Messages } from './messages/en.js';

export { minorUnits };

// Building an Intl formatter costs far more than using one (the first loads locale data), and a
// render formats a dozen amounts and dates; keyed by what configures them, bounded anyway.
const formatters = new Map<string, { format: (value: number) => string }>();

function formatter(key: string, make: () => { format: (value: number) => string }) {
  let made = formatters.get(key);
  if (!made) {
    if (formatters.size >= 64) formatters.clear();
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/**
 * Integer minor units as money for the locale: ISO 4217 exponents decide the decimals
 * (JPY 1400 → ¥1,400; KWD 1500 → KWD 1.500; USD 1500 → $15.00).
 * @example money(2400, 'USD', 'en-US', 'exceptZero') // '+$24.00'
 */
export function money(
  amount: number,
  currency: string,
  locale: string | undefined,
  signDisplay: 'auto' | 'exceptZero' = 'auto',
): string {
  const exponent = minorUnits(currency);
  try {
    return formatter(
      `${locale} ${currency} ${signDisplay}`,
      () =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: exponent,
          maximumFractionDigits: exponent,
          signDisplay,
        }),
    ).format(amount / 10 ** exponent);
  } catch {
    // An unknown currency code should not take the whole editor down.
    return `${(amount / 10 ** exponent).toFixed(exponent)} ${currency}`;
  }
}

/**
 * A `YYYY-MM-DD` date for the locale, read in UTC as the API counts days.
 * @example date('2026-12-01', 'de-DE') // '01.12.2026'
 */
export function date(value: string, locale: string | undefined): string {
  const ms = startOfDay(value);
  if (Number.isNaN(ms)) return value;
  return formatter(
    `${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(ms);
}

/**
 * An amount per billing interval (of a plan or an estimate): "$12.00 / month",
 * "$90.00 every 3 months".
 * @example perInterval(t, '$12.00', { interval: 'month', interval_count: 1 }) // '$12.00 / month'
 */
export function perInterval(
  t: Messages,
  amount: string,
  {
    interval,
    interval_count: count = 1,
  }: { interval: Interval; interval_count?: number | undefined },
): string {
  return count === 1
    ? fill(t.per_interval, { amount, interval: t[`interval_${interval}`] })
    : fill(t.per_intervals, { amount, count, interval: t[`intervals_${interval}`] });
}

/**
 * An estimate's total, or another amount in its currency, per its billing interval.
 * @example totalPerInterval(t, estimates, 'en-US') // '$24.00 / month'
 */
export function totalPerInterval(
  t: Messages,
  e: Estimate,
  locale: string | undefined,
  amount = e.total,
  signDisplay?: 'exceptZero',
): string {
  return perInterval(t, money(amount, e.currency, locale, signDisplay), e);
}
