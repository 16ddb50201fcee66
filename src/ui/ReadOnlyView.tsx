import { useContext } from 'react';
import type { Session } from '../core/index.js';
import type { ReadOnlyReason } from '../react/index.js';
import { PriceSummary } from './PriceSummary.js';
import { MerchantContext } from './useMerchant.js';
import { useMessages } from './useMessages.js';

/**
 * A session that can no longer be updated: no form, the price summary and why (and for support
 * staff, `checkout-editor/merchant`, the change history when its section is shown).
 * @example <ReadOnlyView session={session} reason="expired" />
 */
export function ReadOnlyView({ session, reason }: { session: Session; reason: ReadOnlyReason }) {
  const { messages: t } = useMessages();
  const merchant = useContext(MerchantContext);
  return (
    <div className="ce-card ce-read-only">
      <p className="ce-notice">{t[`read_only_${reason}`]}</p>
      <PriceSummary estimates={session.estimates} />
      {merchant && <merchant.History session={session} />}
    </div>
  );
}
