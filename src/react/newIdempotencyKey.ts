/**
 * A random v4 UUID for `Idempotency-Key`. `crypto.randomUUID` exists only in secure contexts,
 * so plain-http intranet pages fall back to `getRandomValues`.
 * @example headers['Idempotency-Key'] = newIdempotencyKey();
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(31));
  let i = 0;
  // The fixed 4 is the version; an 8 becomes 8..b, the variant; every other digit is random.
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (Number(c) ^ ((bytes[i++] ?? 0) & (15 >> (Number(c) / 4)))).toString(16),
  );
}
