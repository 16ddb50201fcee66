import type { Session } from '../core/index.js';
import { effectiveStatus } from '../core/rules/effectiveStatus.js';

/** Why a session cannot be edited any more. */
export type ReadOnlyReason =
  | 'paid'
  | 'payment_in_progress'
  | 'payment_failed'
  | 'complete'
  | 'expired';

const paymentReasons: Partial<Record<Session['payment_status'], ReadOnlyReason>> = {
  paid: 'paid',
  processing: 'payment_in_progress',
  failed: 'payment_failed',
};

/**
 * Why the session can no longer be updated, or undefined when it still can. Mirrors the API's
 * state checks (status open, payment not started, not past `expires_at`) so the editor never
 * offers a form that would only fail.
 * @example readOnlyReason(session, new Date()) // 'expired'
 */
export function readOnlyReason(session: Session, now: Date): ReadOnlyReason | undefined {
  const status = effectiveStatus(session, now);
  return (
    paymentReasons[session.payment_status] ??
    (status === 'expired' || status === 'complete' ? status : undefined)
  );
}
