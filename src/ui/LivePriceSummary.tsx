import { useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { Catalog, Estimate, Session } from '../core/index.js';
import { buildUpdateBody, type Section, validateEditorValues } from '../form/index.js';
import { useSummaryPreview } from '../react/index.js';
import { fill } from './fill.js';
import { totalPerInterval } from './format.js';
import { PriceSummary } from './PriceSummary.js';
import { tierNotes } from './tierNotes.js';
import { useFieldBindings } from './useFieldBinding.js';
import { useMessages } from './useMessages.js';

const contractSections: readonly Section[] = ['plan', 'quantity', 'start_date', 'currency'];

/** Props of {@link LivePriceSummary}. */
export interface LivePriceSummaryProps {
  session: Session;
  catalog: Catalog;
  sections: readonly Section[];
  previewDebounceMs: number;
  now: Date;
  /** Called when a preview starts or settles, with the figures shown (for `onStateChange`). */
  onPreviewing: (change: { previewing: boolean; shown: Estimate }) => void;
}

/**
 * The price summary of the contract being edited. It watches only the contract fields: the
 * session's own figures while nothing changed, a debounced preview otherwise. While a preview
 * loads (or the input is invalid) the figures last shown stay; the live region announces a
 * new total once it settles.
 * @example <LivePriceSummary session={session} catalog={catalog} sections={sections} previewDebounceMs={300} now={now} onPreviewing={set} />
 */
export function LivePriceSummary(props: LivePriceSummaryProps) {
  const { session, catalog, previewDebounceMs, now, onPreviewing } = props;
  const { messages: t, locale } = useMessages();
  const { form } = useFieldBindings();
  const [plan_id, quantity, start_date, currency] = useWatch({
    control: form.control,
    name: ['plan_id', 'quantity', 'start_date', 'currency'],
  });
  const values = { ...form.getValues(), plan_id, quantity, start_date, currency };
  const sections = props.sections.filter((section) => contractSections.includes(section));
  // One body per render, which a change of the contract fields (or of the preview) brings.
  const body = buildUpdateBody(session, values, sections);
  const invalid = validateEditorValues(session, values, sections, catalog, now, body).length > 0;
  const contract = invalid ? null : (body.contract ?? null);
  const preview = useSummaryPreview(contract, { debounceMs: previewDebounceMs });

  const last = useRef(session.estimates);
  let estimates = last.current;
  let isUpdating = false;
  let failed = false;
  if (!invalid && contract === null) estimates = session.estimates;
  else if (preview.kind === 'ready' && !preview.isUpdating) estimates = preview.estimates;
  else if (preview.kind === 'failed') failed = true;
  else if (!invalid) isUpdating = true;
  if (!isUpdating) last.current = estimates;

  useEffect(
    () => onPreviewing({ previewing: isUpdating, shown: estimates }),
    [isUpdating, estimates, onPreviewing],
  );

  // The total as read out: it changes with the amount, the currency and the interval.
  const announced = useRef(totalPerInterval(t, session.estimates, locale));
  const [announcement, setAnnouncement] = useState('');
  const settled = isUpdating ? undefined : totalPerInterval(t, estimates, locale);
  useEffect(() => {
    if (settled === undefined || settled === announced.current) return;
    announced.current = settled;
    setAnnouncement(fill(t.announce_total, { total: settled }));
  }, [settled, t]);

  const line = estimates.lines[0];
  const offer = line?.kind === 'plan' ? catalog.plans.find((p) => p.id === line.id) : undefined;
  return (
    <PriceSummary
      estimates={estimates}
      baseline={session.estimates}
      isUpdating={isUpdating}
      failed={failed}
      announcement={announcement}
      notes={offer && line ? tierNotes(t, offer, estimates.currency, line.quantity, locale) : []}
    />
  );
}
