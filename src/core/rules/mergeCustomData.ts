import type { ErrorDetail } from '../errors.js';
import type { CustomDataInput } from '../requests.js';
import type { CustomData } from '../session.js';
import { detail } from './failures.js';

/** The reserved key under which the rules keep the audit trail. */
export const auditTrailKey = 'audit_trail';
const maxKeys = 50;
const keyRe = /^[A-Za-z0-9_.-]{1,40}$/;
const maxValueLength = 500;

/**
 * Merges caller custom data onto the current one: a value sets its key, `null` deletes it.
 * Nobody writes `audit_trail` (whatever the value); keys are 1..40 of `[A-Za-z0-9_.-]`, string
 * values at most 500 characters, at most 50 keys after the merge, `audit_trail` not counted.
 */
export function mergeCustomData(
  current: CustomData,
  input: CustomDataInput,
  details: ErrorDetail[],
): CustomData {
  // No prototype: `next[key] = value` then defines `__proto__`, `constructor`… as ordinary keys
  // (on a plain object `__proto__ =` would set the prototype and drop the value).
  const next: CustomData = Object.assign(Object.create(null), current);
  for (const [key, value] of Object.entries(input)) {
    const path = `custom_data.${key}`;
    if (key === auditTrailKey) {
      details.push(
        detail(
          path,
          'reserved_custom_data_key',
          'audit_trail is kept by the server and cannot be written.',
        ),
      );
    } else if (!keyRe.test(key)) {
      details.push(
        detail(
          path,
          'custom_data_limit',
          'Keys are 1 to 40 characters of A-Z, a-z, 0-9, _, . and -.',
        ),
      );
    } else if (typeof value === 'string' && value.length > maxValueLength) {
      details.push(
        detail(
          path,
          'custom_data_limit',
          `String values have at most ${maxValueLength} characters.`,
        ),
      );
    } else if (value === null) delete next[key];
    else next[key] = value;
  }
  const count = Object.keys(next).filter((key) => key !== auditTrailKey).length;
  if (count > maxKeys) {
    details.push(
      detail(
        'custom_data',
        'custom_data_limit',
        `At most ${maxKeys} keys; this would make ${count}.`,
      ),
    );
  }
  return next;
}
