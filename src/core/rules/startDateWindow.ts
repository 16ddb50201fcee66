import { addDays, todayUtc } from './dates.js';
import { maxStartDays } from './maxStartDays.js';

/**
 * The start dates the API accepts on `now`: today (UTC) to {@link maxStartDays} days ahead,
 * `YYYY-MM-DD`.
 * @example startDateWindow(new Date('2026-12-01T10:00:00Z')) // { min: '2026-12-01', max: '2027-12-01' }
 */
export function startDateWindow(now: Date): { min: string; max: string } {
  const today = todayUtc(now);
  return { min: today, max: addDays(today, maxStartDays) };
}
