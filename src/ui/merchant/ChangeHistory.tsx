import { useContext, useId, useMemo } from 'react';
import type { Session } from '../../core/index.js';
import { useCatalog } from '../../react/index.js';
import { fill } from '../fill.js';
import { MerchantContext } from '../useMerchant.js';
import { useMessages } from '../useMessages.js';
import { actorLabel, dateTime, describeChanges, type HistoryEntry } from './describeAuditEntry.js';
import { priceChanges } from './priceChanges.js';

/** The session's audit entries, newest first; anything that is not an entry is left out. */
function entriesOf(session: Session): HistoryEntry[] {
  const trail = session.custom_data.audit_trail;
  if (!Array.isArray(trail)) return [];
  return (trail as HistoryEntry[])
    .filter((entry) => entry && typeof entry.at === 'string' && Array.isArray(entry.changes))
    .sort((a, b) => b.version - a.version);
}

/**
 * The "Change history" of a session (section `"audit_trail"`): one list item per audit entry,
 * newest first, saying when, who, why and what changed, formatted as the editor formats the
 * fields. It renders from the session the editor holds, so a save's entry appears at once.
 * @example <ChangeHistory session={session} />
 */
export function ChangeHistory({ session }: { session: Session }) {
  const shown = useContext(MerchantContext)?.sections?.includes('audit_trail');
  return shown ? <ChangeHistoryList session={session} /> : null;
}

function ChangeHistoryList({ session }: { session: Session }) {
  const id = useId();
  const { messages: t, locale } = useMessages();
  const catalogState = useCatalog();
  const catalog = catalogState.kind === 'ready' ? catalogState.catalog : undefined;
  const items = useMemo(() => {
    const ctx = { t, locale, catalog };
    const entries = entriesOf(session);
    const prices = priceChanges(ctx, session.contract, entries, new Date());
    return entries.map((entry, index) => ({
      entry,
      who: actorLabel(t, entry),
      changes: [...describeChanges(ctx, entry), ...(prices[index] ? [prices[index]] : [])],
    }));
  }, [session, t, locale, catalog]);
  return (
    <section className="ce-section ce-history" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="ce-section-title">
        {t.change_history}
      </h2>
      {items.length === 0 ? (
        <p id={`${id}-empty`} className="ce-hint">
          {t.history_empty}
        </p>
      ) : null}
      <ol
        className="ce-history-list"
        aria-labelledby={`${id}-title`}
        aria-describedby={items.length === 0 ? `${id}-empty` : undefined}
      >
        {items.map(({ entry, who, changes }) => (
          <li key={entry.version} className="ce-history-entry">
            <p className="ce-history-head">
              <time dateTime={entry.at}>{dateTime(entry.at, locale)}</time>
              {t.history_separator}
              <span>{who}</span>
              {t.history_separator}
              <span className="ce-hint">{fill(t.history_version, { version: entry.version })}</span>
            </p>
            <p>
              {entry.reason
                ? fill(t.history_reason, {
                    reason: (t as Record<string, string>)[`reason_${entry.reason}`] ?? entry.reason,
                  })
                : t.history_no_reason}
            </p>
            {entry.note ? <p>{fill(t.history_note, { note: entry.note })}</p> : null}
            {changes.map((line) => (
              <p key={line} className="ce-history-change">
                {line}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
