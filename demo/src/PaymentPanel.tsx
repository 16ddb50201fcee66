import { useRef, useState } from 'react';
import { type CheckoutClient, checkoutError } from '../../src/client/index.js';
import type { Session } from '../../src/core/index.js';
import type { DemoMessages } from './demoMessages.js';

/** Props of {@link PaymentPanel}. */
export interface PaymentPanelProps {
  client: CheckoutClient;
  /** The session as last loaded or saved; null while it loads. */
  session: Session | null;
  /** The editor is loading, saving, previewing or invalid: paying now would be premature. */
  busy: boolean;
  /** The shopper has edits that are not saved: paying would charge for something else. */
  unsaved: boolean;
  messages: DemoMessages;
  /** Called with the confirmed session, so the page can show it read-only. */
  onConfirmed(session: Session): void;
  /** Called when the session changed elsewhere and must be reloaded. */
  onStale(): void;
}

type Payment =
  | { kind: 'idle' }
  | { kind: 'paying' }
  | { kind: 'failed'; message: string; retryable: boolean };

const isPayable = (session: Session) =>
  session.status === 'open' &&
  session.payment_status === 'not_started' &&
  Date.parse(session.expires_at) > Date.now();

/**
 * The storefront's "Continue to payment" step: confirms the saved session with the test card
 * `pm_card_ok`. It pays for the version the shopper last saw (`If-Match`), so a session changed
 * elsewhere in the meantime is never paid blind, and a retry after a network failure reuses the
 * same `Idempotency-Key`, so it can never charge twice.
 *
 * @example
 * <PaymentPanel client={client} session={session} messages={en} onConfirmed={show} onStale={reload} />
 */
export function PaymentPanel({
  client,
  session,
  busy,
  unsaved,
  messages,
  onConfirmed,
  onStale,
}: PaymentPanelProps) {
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

  const pay = async () => {
    if (payment.kind === 'paying' || busy || unsaved) return;
    // A retry of the same attempt keeps its key; a new version of the session is a new attempt.
    if (!attempt.current || attempt.current.version !== session.version) {
      attempt.current = { key: crypto.randomUUID(), version: session.version };
    }
    setPayment({ kind: 'paying' });
    try {
      const confirmed = await client.confirm(
        session.id,
        { payment_method: 'pm_card_ok' },
        { ifMatch: session.version, idempotencyKey: attempt.current.key },
      );
      attempt.current = null;
      setPayment({ kind: 'idle' });
      onConfirmed(confirmed);
    } catch (error) {
      const known = checkoutError(error);
      if (known?.kind === 'network') {
        setPayment({ kind: 'failed', message: messages.paymentFailed, retryable: true });
        return;
      }
      attempt.current = null;
      if (known?.kind === 'api' && known.code === 'version_conflict') {
        setPayment({ kind: 'failed', message: messages.orderChanged, retryable: false });
        onStale();
        return;
      }
      // 409 state errors and 422 (a guest without an email) carry a sentence meant for people.
      setPayment({
        kind: 'failed',
        message: known?.message ?? messages.paymentFailed,
        retryable: false,
      });
    }
  };

  return (
    <section className="payment" aria-labelledby="payment-heading">
      <h2 id="payment-heading" className="visually-hidden">
        {messages.continueToPayment}
      </h2>
      <p className="payment-note">{messages.testModeNotice}</p>
      {unsaved && (
        <p id="payment-save-first" className="payment-note">
          {messages.saveFirst}
        </p>
      )}
      {payment.kind === 'failed' && (
        <div role="alert" className="payment-result payment-result--alert">
          <p>{payment.message}</p>
        </div>
      )}
      <button
        type="button"
        className="pay-button"
        aria-disabled={payment.kind === 'paying' || busy || unsaved}
        aria-describedby={unsaved ? 'payment-save-first' : undefined}
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
