/** Which endpoint a request is for; `id` is the raw path segment, checked later (400 after 401). */
export type Route =
  | { kind: 'create' }
  | { kind: 'summary' }
  | { kind: 'read'; id: string }
  | { kind: 'update'; id: string }
  | { kind: 'confirm'; id: string }
  | { kind: 'support_tokens'; id: string }
  | { kind: 'catalog' }
  | { kind: 'openapi' }
  | { kind: 'method_not_allowed'; allow: string[] }
  | { kind: 'not_found' };

type Endpoint =
  | 'create'
  | 'summary'
  | 'read'
  | 'update'
  | 'confirm'
  | 'support_tokens'
  | 'catalog'
  | 'openapi';

/** Path patterns in match order: the literal `summary` wins over the `{id}` pattern. */
const table: { pattern: RegExp; methods: Partial<Record<string, Endpoint>> }[] = [
  { pattern: /^\/checkout_session$/, methods: { POST: 'create' } },
  { pattern: /^\/checkout_session\/summary$/, methods: { POST: 'summary' } },
  { pattern: /^\/checkout_session\/([^/]+)$/, methods: { GET: 'read', PATCH: 'update' } },
  { pattern: /^\/checkout_session\/([^/]+)\/confirm$/, methods: { POST: 'confirm' } },
  { pattern: /^\/checkout_session\/([^/]+)\/support_tokens$/, methods: { POST: 'support_tokens' } },
  { pattern: /^\/catalog$/, methods: { GET: 'catalog' } },
  { pattern: /^\/openapi\.json$/, methods: { GET: 'openapi' } },
];

/** Maps method + path to an endpoint, or to 404 / 405 (with the allowed methods). */
export function matchRoute(method: string, path: string): Route {
  for (const { pattern, methods } of table) {
    const match = pattern.exec(path);
    if (!match) continue;
    const endpoint = methods[method.toUpperCase()];
    if (!endpoint) return { kind: 'method_not_allowed', allow: Object.keys(methods) };
    if (
      endpoint === 'read' ||
      endpoint === 'update' ||
      endpoint === 'confirm' ||
      endpoint === 'support_tokens'
    ) {
      return { kind: endpoint, id: safeDecode(match[1] ?? '') };
    }
    return { kind: endpoint };
  }
  return { kind: 'not_found' };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
