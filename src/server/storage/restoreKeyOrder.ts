import {
  type AuditEntry,
  auditEntrySchema,
  type Session,
  sessionSchema,
} from '../../core/session.js';

/**
 * jsonb stores object keys in its own order (shortest first), so a session read back would list
 * `note` before `actor`. Parsing with the schemas rebuilds their order for sessions and audit
 * entries, so stored and fresh responses read alike. Anything that does not parse is returned
 * untouched: this is cosmetics, never validation.
 */
export function restoreKeyOrder<T>(value: T): T {
  const parsed = sessionSchema.safeParse(value);
  if (!parsed.success) return value;
  const session: Session = parsed.data;
  const trail = session.custom_data.audit_trail;
  if (Array.isArray(trail)) {
    session.custom_data = { ...session.custom_data, audit_trail: trail.map(orderEntry) };
  }
  const secret = (value as { client_secret?: unknown }).client_secret;
  return (typeof secret === 'string' ? { ...session, client_secret: secret } : session) as T;
}

function orderEntry(entry: unknown): AuditEntry | unknown {
  const parsed = auditEntrySchema.safeParse(entry);
  return parsed.success ? parsed.data : entry;
}
