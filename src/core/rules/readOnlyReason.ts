import type { Session } from '../session.js';
import { effectiveStatus } from './effectiveStatus.js';

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
 * Why the session can no longer be updated at `now`, or undefined when it still can: its
 * effective status is not open, or a payment has started. The one home of "which sessions are
 * locked": the API's {@link checkSessionState} refuses exactly these, and the editor shows them
 * read-only. A started payment says more to the shopper than the status it led to, so it comes
 * first.
 * @example readOnlyReason(session, new Date()) // 'expired'
 */
export function readOnlyReason(session: Session, now: Date): ReadOnlyReason | undefined {
  const status = effectiveStatus(session, now);
  return (
    paymentReasons[session.payment_status] ??
    (status === 'expired' || status === 'complete' ? status : undefined)
  );
}
