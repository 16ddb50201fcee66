import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addInterval,
  computeEstimate,
  isDate,
  parseDateTime,
  todayUtc,
} from '../../src/core/index.js';
import { catalog, NOW } from './factories.js';

describe('addInterval: start + interval_count × interval, clamping past the end of the month', () => {
  it.each([
    ['2026-01-31', 'month', 1, '2026-02-28'],
    ['2028-01-31', 'month', 1, '2028-02-29'],
    ['2026-01-30', 'month', 1, '2026-02-28'],
    ['2026-03-31', 'month', 1, '2026-04-30'],
    ['2026-01-31', 'month', 3, '2026-04-30'],
    ['2026-12-31', 'month', 1, '2027-01-31'],
    ['2026-11-30', 'month', 14, '2028-01-30'],
    ['2026-01-15', 'month', 1, '2026-02-15'],
    ['2028-02-29', 'year', 1, '2029-02-28'],
    ['2028-02-29', 'year', 4, '2032-02-29'],
    ['2026-03-15', 'year', 1, '2027-03-15'],
    ['2026-12-31', 'day', 1, '2027-01-01'],
    ['2028-02-28', 'day', 1, '2028-02-29'],
    ['2026-02-28', 'day', 1, '2026-03-01'],
    ['2026-12-29', 'week', 1, '2027-01-05'],
    ['2026-03-15', 'week', 2, '2026-03-29'],
    ['0099-12-15', 'month', 1, '0100-01-15'],
    ['0999-11-30', 'month', 3, '1000-02-28'],
  ] as const)('%s + %s × %i = %s', (start, interval, count, expected) => {
    expect(addInterval(start, interval, count)).toBe(expected);
  });

  it('writes the date it lands on as toISOString would, for any four-digit year and count', () => {
    // The reference: the same clamped day, through a Date (addInterval writes it from its parts).
    const viaDate = (year: number, month: number, day: number) => {
      const last = new Date(0);
      last.setUTCFullYear(year, month, 0);
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, Math.min(day, last.getUTCDate()));
      return date.toISOString().slice(0, 10);
    };
    fc.assert(
      fc.property(
        // fast-check 4 also draws Invalid Date unless told not to: the property is about dates.
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9962-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('month' as const, 'year' as const),
        fc.integer({ min: 1, max: 36 }),
        (start, interval, count) => {
          const date = start.toISOString().slice(0, 10);
          const months = start.getUTCMonth() + (interval === 'month' ? count : 12 * count);
          const year = start.getUTCFullYear() + Math.floor(months / 12);
          const expected = viaDate(year, (months % 12) + 1, start.getUTCDate());
          expect(addInterval(date, interval, count)).toBe(expected);
        },
      ),
    );
  });
});

describe('dates in UTC', () => {
  it.each([
    ['2026-03-15T00:00:00.000Z', '2026-03-15'],
    ['2026-03-15T23:59:59.999Z', '2026-03-15'],
    ['2026-12-31T23:59:59.999Z', '2026-12-31'],
  ])('today at %s is %s', (now, today) => {
    expect(todayUtc(new Date(now))).toBe(today);
  });

  it('adds days across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-15', 365)).toBe('2027-03-15');
  });
});

describe('isDate: strict YYYY-MM-DD, real calendar dates only', () => {
  it.each([
    '2026-02-28',
    '2028-02-29',
    '2000-02-29',
    '2026-12-31',
    '0050-01-01',
    '0000-02-29',
    '9999-12-31',
  ])('%s is a date', (value) => {
    expect(isDate(value)).toBe(true);
  });
  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-01-32',
    '2026-01-00',
    '2026-1-01',
    '26-01-01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '',
  ])('%j is not a date', (value) => {
    expect(isDate(value)).toBe(false);
  });
});

describe('parseDateTime: strict ISO 8601', () => {
  it.each([
    ['2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z'],
    ['2026-12-01T10:00:00Z', '2026-12-01T10:00:00.000Z'],
    ['2026-12-01T10:00:00.5Z', '2026-12-01T10:00:00.500Z'],
    ['2026-12-01T12:00:00+02:00', '2026-12-01T10:00:00.000Z'],
    ['2026-12-01T05:30:00-04:30', '2026-12-01T10:00:00.000Z'],
  ])('%s is %s', (value, iso) => {
    expect(new Date(parseDateTime(value) ?? Number.NaN).toISOString()).toBe(iso);
  });
  it.each([
    '2026-12-01',
    '2026-12-01 10:00:00Z',
    '2026-12-01T10:00Z',
    '2026-12-01T10:00:00',
    '2026-02-30T10:00:00Z',
    '2026-12-01T24:00:00Z',
    '2026-12-01T10:60:00Z',
    '2026-12-01T10:00:00+25:00',
    'tomorrow',
    '1764583200000',
  ])('%j is not a datetime', (value) => {
    expect(parseDateTime(value)).toBeUndefined();
  });
});

describe('estimate dates', () => {
  const estimate = (start_date: string, plan_id = 'team') =>
    computeEstimate({ plan_id, quantity: 2, currency: 'USD', start_date }, catalog, NOW);

  it('bills first on the start date and next one interval later, clamped', () => {
    expect(estimate('2027-01-31')).toMatchObject({
      first_billing_date: '2027-01-31',
      next_billing_date: '2027-02-28',
      interval: 'month',
      interval_count: 1,
    });
    expect(estimate('2026-03-20', 'scale').next_billing_date).toBe('2027-03-20');
  });

  it('is due today when the contract starts today, and not when it starts later', () => {
    expect(estimate(todayUtc(NOW)).due_today).toBe(2_400);
    expect(estimate(addDays(todayUtc(NOW), 1)).due_today).toBe(0);
    expect(estimate(addDays(todayUtc(NOW), 1)).total).toBe(2_400);
  });

  it('is due from the first moment of the start date (UTC), not a moment before', () => {
    const at = (iso: string) =>
      computeEstimate(
        { plan_id: 'team', quantity: 2, currency: 'USD', start_date: '2026-03-16' },
        catalog,
        new Date(iso),
      ).due_today;
    expect(at('2026-03-15T23:59:59.999Z')).toBe(0);
    expect(at('2026-03-16T00:00:00.000Z')).toBe(2_400);
    expect(at('2026-03-17T08:00:00.000Z')).toBe(2_400);
  });

  it('stamps computed_at with the clock', () => {
    expect(estimate('2026-03-15').computed_at).toBe(NOW.toISOString());
  });
});
