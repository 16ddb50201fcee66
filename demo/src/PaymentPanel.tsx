import { useRef, useState } from 'react';
import { type CheckoutClient, checkoutError } from '../../src/client/index.js';
import type { Estimate, Session } from '../../src/core/index.js';
import type { DemoMessages } from './demoMessages.js';

/** Props of {@link PaymentPanel}. */
export interface PaymentPanelProps {
  client: CheckoutClient;
  /** The session as last loaded or saved; null while it loads. */
  session: Session | null;
  /** The figures the shopper sees in the widget's price summary (a preview while editing). */
  seen: Estimate | null;
  /** The widget's `ref.flush()`: saves pending edits, resolves with the session to pay. */
  flush: () => Promise<Session>;
  /** "$60.00 / month", as the widget writes a total. */
  formatTotal: (estimates: Estimate) => string;
  messages: DemoMessages;
  /** Called with the confirmed session, so the page can show it read-only. */
  onConfirmed(session: Session): void;
  /** Called when the session changed elsewhere and the editor must load it again. */
  onStale(): void;
}

type Payment =
  | { kind: 'idle' }
  | { kind: 'paying' }
  /** Not paid; `message` says why, `retryable`: the next press retries the same attempt. */
  | { kind: 'failed'; message: string; retryable: boolean };

const isPayable = (session: Session) =>
  session.status === 'open' &&
  session.payment_status === 'not_started' &&
  Date.parse(session.expires_at) > Date.now();

/** The figures a shopper agrees to pay: what they owe, per interval and today. */
const priceOf = (e: Estimate) =>
  [e.currency, e.total, e.due_today, e.interval, e.interval_count].join(' ');

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
  const { client, session, messages } = props;
  const [payment, setPayment] = useState<Payment>({ kind: 'idle' });
  const attempt = useRef<{ key: string; version: number } | null>(null);

  if (!session) return null;

  const outcome = (() => {
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
  })();
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

  const fail = (message: string, retryable = false) =>
    setPayment({ kind: 'failed', message, retryable });

  const pay = async () => {
    if (payment.kind === 'paying') return;
    // What the shopper saw when they pressed the button.
    const seen = props.seen;
    setPayment({ kind: 'paying' });
    let toPay: Session;
    try {
      toPay = await props.flush();
    } catch (error) {
      // The widget shows the details (the field, the conflict, the lost connection) itself.
      const network = checkoutError(error)?.kind === 'network';
      fail(network ? messages.paymentFailed : messages.fixFirst, network);
      return;
    }
    if (!isPayable(toPay)) {
      setPayment({ kind: 'idle' });
      props.onStale();
      return;
    }
    if (seen && priceOf(seen) !== priceOf(toPay.estimates)) {
      // The widget now shows the saved figures; the next press pays them.
      fail(messages.priceChanged.replace('{total}', props.formatTotal(toPay.estimates)));
      return;
    }
    // A retry of the same attempt keeps its key; a new version of the session is a new attempt.
    if (!attempt.current || attempt.current.version !== toPay.version) {
      attempt.current = { key: crypto.randomUUID(), version: toPay.version };
    }
    try {
      const confirmed = await client.confirm(
        toPay.id,
        { payment_method: 'pm_card_ok' },
        { ifMatch: toPay.version, idempotencyKey: attempt.current.key },
      );
      attempt.current = null;
      setPayment({ kind: 'idle' });
      props.onConfirmed(confirmed);
    } catch (error) {
      const known = checkoutError(error);
      if (known?.kind === 'network') return fail(messages.paymentFailed, true);
      attempt.current = null;
      if (known?.kind === 'api' && known.code === 'version_conflict') {
        // Changed elsewhere after the flush: show the latest total and ask again.
        const latest = await client.getSession(toPay.id).catch(() => null);
        fail(
          latest && priceOf(latest.estimates) !== priceOf(toPay.estimates)
            ? messages.priceChanged.replace('{total}', props.formatTotal(latest.estimates))
            : messages.orderChanged,
        );
        props.onStale();
        return;
      }
      // 409 state errors and 422 (a guest without an email) carry a sentence meant for people.
      fail(known?.message ?? messages.paymentFailed);
    }
  };

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
