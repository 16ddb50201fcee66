// Sessions are never mutated once built (the rules make new ones), so the JSON text a store
// wrote for one can be sent as the HTTP response too: a PATCH stringifies its session once.
const texts = new WeakMap<object, string>();

/**
 * `JSON.stringify(value)`, remembered for the object. Only for values nobody mutates afterwards
 * (stored sessions and the responses that carry them).
 * @example const text = jsonText(session); knownJsonText(session) === text
 */
export function jsonText(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

/** The text {@link jsonText} remembered for this object, if any. */
export function knownJsonText(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' ? texts.get(value) : undefined;
}
