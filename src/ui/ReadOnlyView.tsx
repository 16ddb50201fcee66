import { useContext } from 'react';
import type { Session } from '../core/index.js';
import type { ReadOnlyReason, Section } from '../react/index.js';
import { PriceSummary } from './PriceSummary.js';
import { MerchantContext } from './useMerchant.js';
import { useMessages } from './useMessages.js';

/**
 * A session that can no longer be updated: no form, the price summary and why (and, for
 * support staff with the `"audit_trail"` section, the change history).
 * @example <ReadOnlyView session={session} reason="expired" sections={sections} />
 */
export function ReadOnlyView({
  session,
  reason,
  sections,
}: {
  session: Session;
  reason: ReadOnlyReason | 'access_expired';
  sections?: readonly Section[] | undefined;
}) {
  const { messages: t } = useMessages();
  const merchant = useContext(MerchantContext);
  const History = sections?.includes('audit_trail') ? merchant?.History : undefined;
  return (
    <div className="ce-card ce-read-only">
      <p className="ce-notice">{t[`read_only_${reason}`] ?? t.not_found}</p>
      <PriceSummary estimates={session.estimates} />
      {History ? <History session={session} /> : null}
    </div>
  );
}
