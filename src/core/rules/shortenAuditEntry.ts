import type { AuditChange, AuditEntry, TruncatedAuditValue } from '../session.js';

/** Strings longer than this many characters are recorded shortened in the audit trail. */
export const maxAuditString = 64;

const isLong = (value: unknown): value is string =>
  typeof value === 'string' && value.length > maxAuditString;

/** The strings of an entry's changes that {@link shortenAuditEntry} will shorten (to hash them). */
export function longAuditStrings(entry: AuditEntry): string[] {
  const found = new Set<string>();
  for (const { from, to } of entry.changes) {
    if (isLong(from)) found.add(from);
    if (isLong(to)) found.add(to);
  }
  return [...found];
}

/**
 * The entry with every `from` / `to` string longer than 64 characters replaced by
 * `{ truncated: true, prefix, length, sha256 }`: its first 64 characters (63 when the 64th
 * would split a surrogate pair), its length and the hex SHA-256 of its UTF-8 bytes, which
 * `hashOf` gives (it is asked only for the strings of {@link longAuditStrings}). An entry stays
 * a few KiB whatever was written (a URL may be 2,083 characters, a custom_data value 500),
 * so a session's trail of at most 200 entries stays bounded. Other values (numbers, arrays of
 * contract items, short strings) are kept as they were.
 * @example shortenAuditEntry(entry, (text) => sha256.get(text))
 */
export function shortenAuditEntry(entry: AuditEntry, hashOf: (text: string) => string): AuditEntry {
  const shorten = (value: unknown): unknown => {
    if (!isLong(value)) return value;
    const cut = /[\ud800-\udbff]/.test(value[maxAuditString - 1] ?? '')
      ? maxAuditString - 1
      : maxAuditString;
    const short: TruncatedAuditValue = {
      truncated: true,
      prefix: value.slice(0, cut),
      length: value.length,
      sha256: hashOf(value),
    };
    return short;
  };
  const changes: AuditChange[] = entry.changes.map(({ field, from, to }) => ({
    field,
    from: shorten(from),
    to: shorten(to),
  }));
  return { ...entry, changes };
}
