/*
 * What may differ between backends that agree: generated ids, secrets, tokens, request ids and
 * the time. Everything else in a body must be equal.
 */

const clientSecret = /cs_[0-9a-f-]{36}_secret_[A-Za-z0-9_-]+/g;
const supportToken = /\bst_[A-Za-z0-9_-]{16,}/g;
const requestId = /\breq_[A-Za-z0-9]{20,}/g;
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * A masker for one backend: secrets, tokens and request ids become placeholders; each uuid
 * becomes `<id N>`, numbered by first appearance, so "the same id as before" is still checked;
 * an ISO instant becomes `<time>`. Object keys are masked too (audit entries may name ids).
 * @example const mask = createMasker(); expect(mask(a)).toEqual(otherMask(b));
 */
export function createMasker(): (value: unknown) => unknown {
  const ids = new Map<string, string>();
  const text = (value: string) => {
    const masked = value
      .replace(clientSecret, '<client_secret>')
      .replace(supportToken, '<support_token>')
      .replace(requestId, '<request_id>')
      .replace(uuid, (id) => {
        const key = id.toLowerCase();
        let name = ids.get(key);
        if (!name) {
          name = `<id ${ids.size + 1}>`;
          ids.set(key, name);
        }
        return name;
      });
    return instant.test(masked) ? '<time>' : masked;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      // fromEntries defines own properties, so a key named "__proto__" stays a key.
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [text(k), walk(v)]));
    }
    return value;
  };
  return walk;
}
