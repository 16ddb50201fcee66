import type { Session } from '../core/index.js';
import { effectiveStatus } from '../core/rules/effectiveStatus.js';

/** Why a session cannot be edited any more. */
export type ReadOnlyReason =
  | 'paid'
  | 'payment_in_progress'
  | 'payment_failed'
  | 'complete'
  | 'expired';

/**
 * Why the session can no longer be updated, or undefined when it still can. Mirrors the API's
 * state checks (status open, payment not started, not past `expires_at`) so the editor never
 * offers a form that would only fail.
 * @example readOnlyReason(session, new Date()) // 'expired'
 */
export function readOnlyReason(session: Session, now: Date): ReadOnlyReason | undefined {
  switch (session.payment_status) {
    case 'paid':
      return 'paid';
    case 'processing':
      return 'payment_in_progress';
    case 'failed':
      return 'payment_failed';
    case 'not_started':
      break;
    default: {
      const never: never = session.payment_status;
      return never;
    }
  }
  const status = effectiveStatus(session, now);
  if (status === 'expired') return 'expired';
  if (status === 'complete') return 'complete';
  return undefined;
}
