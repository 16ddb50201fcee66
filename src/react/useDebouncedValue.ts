import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`. Compare by identity: pass strings or
 * numbers, not objects rebuilt on every render.
 * @example const settledQuery = useDebouncedValue(query, 300);
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
