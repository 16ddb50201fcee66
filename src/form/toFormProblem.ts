import type { CheckoutError } from '../client/index.js';
import type { SessionArea } from './describeSessionChanges.js';

/** A problem with the whole form rather than one field. */
export type FormProblem =
  | { kind: 'invalid' }
  | { kind: 'network' }
  | { kind: 'state'; code: 'session_not_open' | 'payment_already_started' | 'update_limit_reached' }
  | { kind: 'conflict'; changes: SessionArea[] | undefined }
  | { kind: 'rejected'; messages: string[] };

// Errors about the session's state: reloading it is the way out.
const stateCodes = ['session_not_open', 'payment_already_started', 'update_limit_reached'] as const;
type StateCode = (typeof stateCodes)[number];

/**
 * The form-level alert for a failed save, or undefined when the fields say it all. `unplaced`:
 * the messages of details no shown field owns; `changes`: what a conflicting save changed.
 * @example toFormProblem(conflictError, [], ['quantity']) // { kind: 'conflict', changes: ['quantity'] }
 */
export function toFormProblem(
  error: CheckoutError,
  unplaced: string[],
  changes: SessionArea[] | undefined,
): FormProblem | undefined {
  if (error.kind === 'network') return { kind: 'network' };
  const { code } = error;
  if (code === 'version_conflict') return { kind: 'conflict', changes };
  if (stateCodes.includes(code as StateCode)) return { kind: 'state', code: code as StateCode };
  // Validation details on shown fields are already there; the alert lists only the rest.
  const messages =
    code === 'validation_failed' || code === 'invalid_request' ? unplaced : [error.message];
  return messages.length > 0 ? { kind: 'rejected', messages } : undefined;
}
