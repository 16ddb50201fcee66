import { useEffect, useState } from 'react';

/** How long before `expires_at` the support desk warns that the session expires. */
export const expiryWarningMs = 600_000;

/**
 * The clock of a session's expiry: re-renders at the moments its look changes by itself,
 * 10 minutes before `expires_at` (the warning) and at it (read-only), with one timer for the
 * next of them (re-armed past setTimeout's ~24.8-day limit), cleared on unmount.
 * @example const { soon, expired } = useExpiryClock(session?.expires_at);
 */
export function useExpiryClock(expiresAt: string | undefined) {
  const [now, setNow] = useState(Date.now);
  const at = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  useEffect(() => {
    const next = [at - expiryWarningMs, at].find((moment) => moment >= now);
    if (next === undefined) return;
    // From the time now, not of the last wake: `expires_at` may have changed since (a save).
    const wait = Math.min(next - Date.now() + 1, 2 ** 31 - 1);
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [at, now]);
  const left = at - Date.now();
  /** `soon`: expiring within 10 minutes, not yet; `expired`: `expires_at` has passed. */
  return { soon: left > 0 && left <= expiryWarningMs, expired: left <= 0, at };
}
