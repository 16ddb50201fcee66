import type { Failure } from '../errors.js';
import type { ConfirmRequest } from '../requests.js';
import type { PaymentStatus, Session, SessionStatus } from '../session.js';
import { checkSessionState } from './checkSessionState.js';
import { detail, validationFailed } from './failures.js';
import type { RuleContext } from './ruleContext.js';

export type ConfirmOutcome = { ok: true; session: Session } | { ok: false; failure: Failure };

// The reference server simulates payment: each test payment method has one fixed outcome.
const outcomes: Record<
  ConfirmRequest['payment_method'],
  { payment_status: PaymentStatus; status: SessionStatus }
> = {
  pm_card_ok: { payment_status: 'paid', status: 'complete' },
  pm_card_pending: { payment_status: 'processing', status: 'open' },
  pm_card_declined: { payment_status: 'failed', status: 'open' },
};

/**
 * Starts the (simulated) payment of a session: the update's state checks and If-Match, then a
 * guest needs `customer.email` (422 `required`). Bumps `version` and `updated_at`; adds no
 * audit entry and does not count toward the update limit.
 * @example confirmSession(session, { payment_method: 'pm_card_ok' }, ctx, {}) // paid + complete
 */
export function confirmSession(
  session: Session,
  req: ConfirmRequest,
  ctx: RuleContext,
  opts: { ifMatch?: number },
): ConfirmOutcome {
  const state = checkSessionState(session, ctx.now, opts.ifMatch);
  if (state) return { ok: false, failure: state };
  if (session.customer_id === null && !session.customer?.email) {
    return {
      ok: false,
      failure: validationFailed([
        detail('customer.email', 'required', 'A guest checkout needs an email before payment.'),
      ]),
    };
  }
  const now = ctx.now.toISOString();
  return {
    ok: true,
    session: {
      ...session,
      ...outcomes[req.payment_method],
      version: session.version + 1,
      updated_at: now,
      last_activity_at: now,
    },
  };
}
