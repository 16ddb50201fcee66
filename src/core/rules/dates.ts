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

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1–12) of `year`, Gregorian as JavaScript's Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad = (n: number, width: number) => `${n}`.padStart(width, '0');

// Dates are written from their parts: V8's toISOString is a call into its C++ runtime, ~0.75 µs
// against ~0.2–0.3, and every summary answer formats today and `computed_at`
// (docs/performance.md). Years outside 0–9999 (toISOString writes them ±YYYYYY) and invalid
// dates (it throws) go through toISOString itself.
const writable = (year: number) => year >= 0 && year <= 9999;
const ymd = (year: number, month: number, day: number) =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

function format(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!writable(year)) return date.toISOString().slice(0, 10);
  return ymd(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * `date.toISOString()`, the same text (`2026-12-06T18:00:00.000Z`), written from its parts.
 * @example isoDateTime(new Date(Date.UTC(2026, 11, 6, 18))) // '2026-12-06T18:00:00.000Z'
 */
export function isoDateTime(date: Date): string {
  const year = date.getUTCFullYear();
  if (!writable(year)) return date.toISOString();
  const time = `${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}`;
  return `${ymd(year, date.getUTCMonth() + 1, date.getUTCDate())}T${time}.${pad(date.getUTCMilliseconds(), 3)}Z`;
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
  if (!writable(targetYear)) return format(utc(targetYear, targetMonth - 1, targetDay));
  return ymd(targetYear, targetMonth, targetDay);
}
