/**
 * A random `Idempotency-Key`: 128 bits from `crypto.getRandomValues` as 32 hex digits. Not
 * `crypto.randomUUID`, which exists only in secure contexts (a plain-http intranet page has none).
 * @example headers['Idempotency-Key'] = newIdempotencyKey(); // '3f9c…' (32 hex digits)
 */
export function newIdempotencyKey(): string {
  let key = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
    key += byte.toString(16).padStart(2, '0');
  }
  return key;
}
