import { useEffect, useState } from 'react';
import { fill } from './fill.js';
import { useMessages } from './useMessages.js';

/** How long before `expires_at` the warning shows. */
const warnMs = 600_000;

/**
 * The expiry warning: from 10 minutes before `expires_at`, a `role="status"` saying when the
 * session expires (one timer, cleared on unmount). Nothing is rendered before that, so it adds
 * no second status region to the page for most of a session's life.
 * @example <ExpiryWarning expiresAt={session.expires_at} />
 */
export function ExpiryWarning({ expiresAt }: { expiresAt: string }) {
  const { messages: t, locale } = useMessages();
  const at = Date.parse(expiresAt);
  const [soon, setSoon] = useState(() => at - Date.now() <= warnMs);
  useEffect(() => {
    const wait = at - warnMs - Date.now();
    setSoon(wait <= 0);
    if (wait <= 0) return;
    const timer = setTimeout(() => setSoon(true), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [at]);
  if (!soon) return null;
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at);
  return (
    <p role="status" className="ce-notice ce-expiry">
      {fill(t.expires_soon, { time })}
    </p>
  );
}
