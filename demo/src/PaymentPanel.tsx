import type { Session } from '../../src/core/index.js';
import type { DemoMessages } from './demoMessages.js';
import { isPayable } from './isPayable.js';
import { type UsePaymentOptions, usePayment } from './usePayment.js';

/** Props of {@link PaymentPanel}. */
export interface PaymentPanelProps extends UsePaymentOptions {
  /** The session as last loaded or saved; null while it loads. */
  session: Session | null;
}

/** What a session that can no longer be paid shows instead of the button, if anything. */
function settledOutcome(session: Session, messages: DemoMessages) {
  switch (session.payment_status) {
    case 'paid':
      return { role: 'status', text: messages.paid } as const;
    case 'processing':
      return { role: 'status', text: messages.paymentPending } as const;
    case 'failed':
      return { role: 'alert', text: messages.paymentDeclined } as const;
    case 'not_started':
      return isPayable(session) ? null : ({ role: 'status', text: messages.notPayable } as const);
  }
}

/**
 * The storefront's one primary action, "Continue to payment". It asks the widget to save what
 * the shopper typed (`flush()`), checks that the saved price is the one the shopper saw (if not,
 * it shows the new total and asks again), then confirms with the test card `pm_card_ok` and
 * `If-Match` set to that session's version, so a session changed in between is never paid blind.
 * A retry after a network failure reuses the same `Idempotency-Key`, so it can never charge twice.
 *
 * @example
 * <PaymentPanel client={client} session={session} seen={shown} flush={flush} formatTotal={format} messages={en} onConfirmed={show} onStale={reload} />
 */
export function PaymentPanel(props: PaymentPanelProps) {
  const { session, messages } = props;
  const { payment, pay } = usePayment(props);

  if (!session) return null;

  const outcome = settledOutcome(session, messages);
  if (outcome) {
    return (
      <section className="payment" aria-labelledby="payment-heading">
        <h2 id="payment-heading" className="visually-hidden">
          {messages.continueToPayment}
        </h2>
        <p role={outcome.role} className={`payment-result payment-result--${outcome.role}`}>
          {outcome.text}
        </p>
      </section>
    );
  }

  return (
    <section className="payment" aria-labelledby="payment-heading">
      <h2 id="payment-heading" className="visually-hidden">
        {messages.continueToPayment}
      </h2>
      <p className="payment-note">{messages.testModeNotice}</p>
      {payment.kind === 'failed' && (
        <div role="alert" className="payment-result payment-result--alert">
          <p>{payment.message}</p>
        </div>
      )}
      <button
        type="button"
        className="pay-button"
        aria-disabled={payment.kind === 'paying' || undefined}
        onClick={pay}
      >
        {payment.kind === 'paying'
          ? messages.paying
          : payment.kind === 'failed' && payment.retryable
            ? messages.retryPayment
            : messages.continueToPayment}
      </button>
    </section>
  );
}
