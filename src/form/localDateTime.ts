const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO datetime as the value of an `<input type="datetime-local">` in the browser's zone.
 * @example localDateTime('2026-12-01T10:00:00.000Z') // '2026-12-01T11:00' in Berlin
 */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The inverse of {@link localDateTime}: a local `YYYY-MM-DDTHH:mm` to ISO UTC, or undefined.
 * @example isoFromLocal('2026-12-01T11:00') // '2026-12-01T10:00:00.000Z' in Berlin
 */
export function isoFromLocal(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
