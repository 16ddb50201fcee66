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
 * `JSON.stringify(body)`, the same text, with a session's `custom_data.audit_trail` made from
 * each entry's remembered text and the whole text joined once: a 5 MB session
 * is copied once, not once per nesting level. Anything else is stringified as usual.
 * @example const jsonText = createJsonText(); const text = jsonText(response.body);
 */
export function createJsonText(): (body: unknown) => string {
  // The JSON text of each audit entry, made once. Entries are never changed after the rules made
  // them (stores hand sessions out read-only), and a session's entries are the same objects from
  // one response to the next while the PGlite store caches it: a PATCH on a session with 200
  // long entries then serialises one new entry, not megabytes of old ones (a 5 MB response
  // 10–19 → ~3 ms, docs/performance.md). Weak: a text lives as long as its entry.
  const entryTexts = new WeakMap<object, string>();

  function entryText(entry: unknown): string | undefined {
    if (!isPlainObject(entry)) return JSON.stringify(entry);
    let text = entryTexts.get(entry);
    if (text === undefined) {
      text = JSON.stringify(entry);
      entryTexts.set(entry, text);
    }
    return text;
  }

  return function jsonText(body: unknown): string {
    const customData = isPlainObject(body) ? body.custom_data : undefined;
    const trail = isPlainObject(customData) ? customData[auditTrailKey] : undefined;
    if (!isPlainObject(body) || !isPlainObject(customData) || !Array.isArray(trail)) {
      return JSON.stringify(body);
    }
    const out: string[] = [];
    const pushTrail = () => {
      out.push('[');
      trail.forEach((entry, i) => {
        if (i > 0) out.push(',');
        out.push(entryText(entry) ?? 'null');
      });
      out.push(']');
    };
    pushObject(out, body, (key, value) =>
      key === 'custom_data' && value === customData
        ? () =>
            pushObject(out, customData, (inner, item) =>
              inner === auditTrailKey && item === trail ? pushTrail : undefined,
            )
        : undefined,
    );
    return out.join('');
  };
}
