import { useId } from 'react';
import type { Estimate } from '../core/index.js';
import { fill } from './fill.js';
import { date, money, totalPerInterval } from './format.js';
import { useMessages } from './useMessages.js';

/** Props of {@link PriceSummary}. */
export interface PriceSummaryProps {
  /** The figures to show: the session's, or the latest preview's. */
  estimates: Estimate;
  /** The session's current pricing, to show the change against it; omit in read-only views. */
  baseline?: Estimate | undefined;
  /** A newer preview is on its way: the figures shown are the previous ones. */
  isUpdating?: boolean;
  /** The last preview failed; the figures shown are the last known ones. */
  failed?: boolean;
  /** Text of the polite live region (the new total once a preview settles). */
  announcement?: string;
  /** Tier explanations for tiered plans. */
  notes?: string[];
}

/**
 * The "Price summary" region: lines, total per interval, due today, first billing date and the
 * change against the current price.
 * @example <PriceSummary estimates={preview} baseline={session.estimates} isUpdating />
 */
export function PriceSummary({
  estimates,
  baseline,
  isUpdating,
  failed,
  announcement,
  notes = [],
}: PriceSummaryProps) {
  const id = useId();
  const { messages: t, locale } = useMessages();
  const total = (e: Estimate, amount?: number, sign?: 'exceptZero') =>
    totalPerInterval(t, e, locale, amount, sign);
  const change =
    baseline && baseline.total !== estimates.total
      ? baseline.currency === estimates.currency &&
        baseline.interval === estimates.interval &&
        baseline.interval_count === estimates.interval_count
        ? total(estimates, estimates.total - baseline.total, 'exceptZero')
        : fill(t.change_other_interval, { amount: total(baseline) })
      : undefined;
  const row = (label: string, value: string | undefined, className?: string) =>
    value === undefined ? null : (
      <tr key={label} className={className}>
        <th scope="row">{label}</th>
        <td>{value}</td>
      </tr>
    );
  return (
    <section
      className="ce-summary"
      aria-labelledby={`${id}-title`}
      aria-busy={isUpdating || undefined}
    >
      <h3 id={`${id}-title`} className="ce-section-title">
        {t.summary}
      </h3>
      {isUpdating && <span className="ce-updating">{t.updating}</span>}
      <table className="ce-table">
        <tbody>
          {estimates.lines.map((line) =>
            row(
              fill(t.line, { name: line.name, quantity: line.quantity }),
              money(line.amount, estimates.currency, locale),
            ),
          )}
        </tbody>
        <tbody>
          {row(t.total, total(estimates), 'ce-total')}
          {row(t.change, change, 'ce-change')}
          {row(t.due_today, money(estimates.due_today, estimates.currency, locale))}
          {row(t.first_billing_date, date(estimates.first_billing_date, locale))}
        </tbody>
      </table>
      {notes.map((note) => (
        <p key={note} className="ce-hint">
          {note}
        </p>
      ))}
      {failed && <p className="ce-error">{t.preview_failed}</p>}
      <p aria-live="polite" className="ce-visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
