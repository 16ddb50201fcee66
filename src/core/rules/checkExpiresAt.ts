import type { ErrorDetail } from '../errors.js';
import { dayMs, parseDateTime } from './dates.js';
import { detail } from './failures.js';

const maxAheadMs = 30 * dayMs;

/**
 * Checks a new `expires_at`: a strict ISO 8601 datetime later than now and at most 30 days
 * ahead. Returns it normalised to UTC with milliseconds (`2026-12-01T10:00:00.000Z`).
 */
export function checkExpiresAt(
  value: string,
  now: Date,
  details: ErrorDetail[],
): string | undefined {
  const ms = parseDateTime(value);
  if (ms === undefined) {
    details.push(
      detail(
        'expires_at',
        'invalid_datetime',
        'Must be an ISO 8601 datetime such as 2026-12-01T10:00:00.000Z.',
      ),
    );
    return undefined;
  }
  if (ms <= now.getTime() || ms > now.getTime() + maxAheadMs) {
    details.push(
      detail(
        'expires_at',
        'expires_at_out_of_range',
        'Must be later than now and at most 30 days from now.',
      ),
    );
    return undefined;
  }
  return new Date(ms).toISOString();
}
