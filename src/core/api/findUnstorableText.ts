// Unpaired surrogates: valid in a JS string, rejected by PostgreSQL jsonb (as is NUL).
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when a string holds a character no store can keep (NUL, a lone surrogate). */
export function isUnstorableText(text: string): boolean {
  return text.includes(String.fromCharCode(0)) || loneSurrogate.test(text);
}

/**
 * The dotted path of the first key or string in a JSON value that no store can keep, or null.
 * Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findUnstorableText(json: unknown): string | null {
  const stack: [unknown, string][] = [[json, '']];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [value, path] = item;
    if (typeof value === 'string') {
      if (isUnstorableText(value)) return path;
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (isUnstorableText(key)) return childPath;
        stack.push([child, childPath]);
      }
    }
  }
  return null;
}
