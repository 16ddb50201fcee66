import type { Interval } from '../catalog.js';

/*
 * Calendar arithmetic on `YYYY-MM-DD` strings, always in UTC, so the server, the mock and a
 * browser in any time zone agree on "today" and on billing dates.
 */

/** One day in milliseconds (UTC days have no leap seconds in JavaScript time). */
export const dayMs = 86_400_000;
const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimeRe =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-](\d{2}):(\d{2}))$/;

// Date.UTC maps years 0..99 to 1900..1999; setUTCFullYear does not.
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number) => `${n}`.padStart(width, '0');

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Epoch milliseconds of `date`'s first moment (midnight UTC); NaN when it is not a date. */
export function startOfDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (`2026-02-30` is not). */
export function isDate(value: string): boolean {
  // An impossible day either fails to parse or rolls over into another date.
  const ms = startOfDay(value);
  return dateRe.test(value) && !Number.isNaN(ms) && format(ms) === value;
}

/**
 * Parses a strict ISO 8601 datetime (`2026-12-01T10:00:00.000Z` or with a `±HH:MM` offset) into
 * epoch milliseconds; `undefined` for anything else, impossible dates included.
 */
export function parseDateTime(value: string): number | undefined {
  const m = dateTimeRe.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (!isCalendarDate(year, month, day)) return undefined;
  if ((hour ?? 24) > 23 || (minute ?? 60) > 59 || (second ?? 60) > 59) return undefined;
  if (m[8] !== 'Z' && (Number(m[9]) > 23 || Number(m[10]) > 59)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(now: Date): string {
  return format(now.getTime());
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return format(startOfDay(date) + days * dayMs);
}

/**
 * `date` plus `count` × `interval`. A day past the end of the target month clamps to its last
 * day: 2026-01-31 + 1 month = 2026-02-28, 2028-02-29 + 1 year = 2029-02-28.
 */
export function addInterval(date: string, interval: Interval, count: number): string {
  if (interval === 'day') return addDays(date, count);
  if (interval === 'week') return addDays(date, 7 * count);
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const months = interval === 'month' ? count : 12 * count;
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  // Written from its parts: a third of the time of formatting a Date (toISOString), and every
  // price asks for it (docs/performance.md). Years beyond four digits go the way they always did.
  if (targetYear < 0 || targetYear > 9999) {
    return format(utc(targetYear, targetMonth - 1, targetDay));
  }
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}
