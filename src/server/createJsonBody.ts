import { auditTrailKey } from '../core/rules/index.js';

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * The pieces of `JSON.stringify(value)` for a plain object, pushed onto `out`; `special(key,
 * value)` may return a function that pushes that value's pieces itself.
 */
function pushObject(
  out: string[],
  value: Record<string, unknown>,
  special: (key: string, value: unknown) => (() => void) | undefined,
): void {
  let separator = '{';
  for (const key of Object.keys(value)) {
    const item = value[key];
    const push = special(key, item);
    if (push) {
      out.push(`${separator}${JSON.stringify(key)}:`);
      push();
    } else {
      const text = JSON.stringify(item);
      // As JSON.stringify: keys whose value has no JSON form (undefined, a function) are left out.
      if (text === undefined) continue;
      out.push(`${separator}${JSON.stringify(key)}:`, text);
    }
    separator = ',';
  }
  out.push(separator === '{' ? '{}' : '}');
}

/**
 * The JSON body of a response: `JSON.stringify(body)`, the same text, except that a session's
 * `custom_data.audit_trail` comes from each entry's remembered UTF-8 bytes, so a body with a trail
 * is a list of byte chunks that the transport sends one after another (a 5 MB session: no text to
 * join and encode, ~7 ms, and no copy to join the bytes, ~1 ms: docs/performance.md). Anything
 * else is a string from `JSON.stringify`.
 * @example const jsonBody = createJsonBody(); const textOrChunks = jsonBody(response.body);
 */
export function createJsonBody(): (body: unknown) => string | Buffer<ArrayBuffer>[] {
  // The bytes of each audit entry, made once. Entries are never changed after the rules made
  // them (stores hand sessions out read-only), and a session's entries are the same objects from
  // one response to the next while the PGlite store caches it: a PATCH on a session with 200
  // long entries then serialises one new entry, not megabytes of old ones. Weak: the bytes live
  // as long as their entry.
  const entryBytes = new WeakMap<object, Buffer<ArrayBuffer>>();

  // An entry's bytes with the comma before it in the list (half as many chunks to write); the
  // first entry's is a view without it. In a list, what has no JSON form is `null`.
  function bytesOf(entry: unknown): Buffer<ArrayBuffer> {
    if (!isPlainObject(entry)) return Buffer.from(`,${JSON.stringify(entry) ?? 'null'}`);
    let bytes = entryBytes.get(entry);
    if (bytes === undefined) {
      bytes = Buffer.from(`,${JSON.stringify(entry)}`);
      entryBytes.set(entry, bytes);
    }
    return bytes;
  }

  return function jsonBody(body: unknown): string | Buffer<ArrayBuffer>[] {
    const customData = isPlainObject(body) ? body.custom_data : undefined;
    const trail = isPlainObject(customData) ? customData[auditTrailKey] : undefined;
    if (!isPlainObject(body) || !isPlainObject(customData) || !Array.isArray(trail)) {
      return JSON.stringify(body);
    }
    // The text around the trail is collected as strings and turned into bytes once per run.
    const chunks: Buffer<ArrayBuffer>[] = [];
    const text: string[] = [];
    const flush = () => {
      chunks.push(Buffer.from(text.join('')));
      text.length = 0;
    };
    const pushTrail = () => {
      text.push('[');
      flush();
      trail.forEach((entry, i) => {
        const bytes = bytesOf(entry);
        chunks.push(i === 0 ? bytes.subarray(1) : bytes);
      });
      text.push(']');
    };
    pushObject(text, body, (key, value) =>
      key === 'custom_data' && value === customData
        ? () =>
            pushObject(text, customData, (inner, item) =>
              inner === auditTrailKey && item === trail ? pushTrail : undefined,
            )
        : undefined,
    );
    flush();
    return chunks;
  };
}
