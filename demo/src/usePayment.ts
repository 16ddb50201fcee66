import { useRef, useState } from 'react';
import { type CheckoutClient, checkoutError } from '../../src/client/index.js';
import type { Estimate, Session } from '../../src/core/index.js';
import type { DemoMessages } from './demoMessages.js';
import { isPayable } from './isPayable.js';

/** What {@link usePayment} pays with and reports to. */
export interface UsePaymentOptions {
  client: CheckoutClient;
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

/** Where the storefront's payment attempt stands. */
export type Payment =
  | { kind: 'idle' }
  | { kind: 'paying' }
  /** Not paid; `message` says why, `retryable`: the next press retries the same attempt. */
  | { kind: 'failed'; message: string; retryable: boolean };

/** The figures a shopper agrees to pay: what they owe, per interval and today. */
const priceOf = (e: Estimate) =>
  [e.currency, e.total, e.due_today, e.interval, e.interval_count].join(' ');

/**
 * The storefront's payment: `pay()` saves what the shopper typed (`flush()`), checks that the
 * saved price is the one the shopper saw, then confirms with the test card `pm_card_ok` and
 * `If-Match` set to that session's version. A retry after a network failure reuses the same
 * `Idempotency-Key`, so it can never charge twice.
 * @example const { payment, pay } = usePayment(props);
 */
export function usePayment(props: UsePaymentOptions) {
  const { client, messages } = props;
  const [payment, setPayment] = useState<Payment>({ kind: 'idle' });
  const attempt = useRef<{ key: string; version: number } | null>(null);

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

  return { payment, pay };
}
