import { useEffect, useRef, useState } from 'react';
import type { Catalog, Estimate, Session } from '../core/index.js';
import {
  buildUpdateBody,
  type EditorValues,
  type FieldProblem,
  type Section,
  useSummaryPreview,
} from '../react/index.js';
import { fill } from './fill.js';
import { money, perInterval } from './format.js';
import { tierNotes } from './tierNotes.js';
import { useMessages } from './useMessages.js';

const contractSections = new Set<Section>(['plan', 'quantity', 'start_date', 'currency']);
const contractFields = new Set(['plan_id', 'quantity', 'start_date', 'currency']);

/** What the price summary shows while the contract is edited. */
export interface PriceFigures {
  estimates: Estimate;
  isUpdating: boolean;
  failed: boolean;
  announcement: string;
  notes: string[];
}

/**
 * Prices the edited contract: the session's own figures while nothing changed, a debounced
 * preview otherwise. While a preview loads (or the input is invalid) the figures last shown
 * stay; the live region announces a new total once it settles.
 * @example const figures = usePriceFigures({ session, catalog, values, problems, sections, debounceMs });
 */
export function usePriceFigures(input: {
  session: Session;
  catalog: Catalog;
  values: EditorValues;
  problems: FieldProblem[];
  sections: readonly Section[];
  debounceMs: number;
}): PriceFigures {
  const { session, catalog, values, problems, sections, debounceMs } = input;
  const { messages: t, locale } = useMessages();
  const invalid = problems.some((problem) => contractFields.has(problem.field));
  const body = buildUpdateBody(
    session,
    values,
    sections.filter((section) => contractSections.has(section)),
  );
  const contract = invalid ? null : (body.contract ?? null);
  const preview = useSummaryPreview(contract, { debounceMs });

  const last = useRef(session.estimates);
  let estimates = last.current;
  let isUpdating = false;
  let failed = false;
  if (!invalid && contract === null) estimates = session.estimates;
  else if (preview.kind === 'ready' && !preview.isUpdating) estimates = preview.estimates;
  else if (preview.kind === 'failed') failed = true;
  else if (!invalid) isUpdating = true;
  if (!isUpdating) last.current = estimates;

  const keyOf = (e: Estimate) => `${e.total} ${e.currency} ${e.interval} ${e.interval_count}`;
  const announced = useRef(keyOf(session.estimates));
  const [announcement, setAnnouncement] = useState('');
  const settled = isUpdating ? undefined : keyOf(estimates);
  useEffect(() => {
    if (settled === undefined || settled === announced.current) return;
    announced.current = settled;
    const e = last.current;
    const total = perInterval(t, money(e.total, e.currency, locale), e.interval, e.interval_count);
    setAnnouncement(fill(t.announce_total, { total }));
  }, [settled, t, locale]);

  const line = estimates.lines[0];
  const plan = line?.kind === 'plan' ? catalog.plans.find((p) => p.id === line.id) : undefined;
  const notes = plan && line ? tierNotes(t, plan, estimates.currency, line.quantity, locale) : [];
  return { estimates, isUpdating, failed, announcement, notes };
}
