import { useEffect, useState } from 'react';

/** How long before `expires_at` the support desk warns that the session expires. */
export const expiryWarningMs = 600_000;

/**
 * The clock of a session's expiry: re-renders at the moments its look changes by itself,
 * 10 minutes before `expires_at` (the warning) and at it (read-only), with one timer for the
 * next of them (re-armed past setTimeout's ~24.8-day limit), cleared on unmount.
 * @example const { soon, tick } = useExpiryClock(session?.expires_at);
 */
export function useExpiryClock(expiresAt: string | undefined) {
  const [now, setNow] = useState(Date.now);
  const at = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  useEffect(() => {
    const next = [at - expiryWarningMs, at].find((moment) => moment >= now);
    if (next === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(next - now + 1, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [at, now]);
  const left = at - Date.now();
  /** `tick` changes at each of those moments; `soon`: expiring within 10 minutes, not yet. */
  return { soon: left > 0 && left <= expiryWarningMs, tick: now, at };
}
