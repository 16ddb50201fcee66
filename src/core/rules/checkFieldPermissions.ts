import type { Failure } from '../errors.js';
import type { UpdateRequest } from '../requests.js';
import type { Actor } from '../session.js';
import { detail } from './failures.js';

/** What a client secret (the shopper's credential, often in a URL) may change. */
export const shopperFields = [
  'contract',
  'customer',
  'attribution',
  'currency',
  'update_reason',
  'update_note',
] as const satisfies readonly (keyof UpdateRequest)[];

const allowed: ReadonlySet<string> = new Set(shopperFields);

/**
 * 403 `forbidden_field` when a client secret sends a field only the secret key or a support
 * token may change (`expires_at`, the redirect URLs, `custom_data`), one detail per such field
 * at its path, else null. A field sent as `null` counts as sent.
 * @example checkFieldPermissions({ expires_at: '2026-12-31T00:00:00Z' }, 'client') // 403
 */
export function checkFieldPermissions(req: UpdateRequest, actor: Actor): Failure | null {
  if (actor !== 'client') return null;
  const details = Object.keys(req)
    .filter((field) => !allowed.has(field))
    .map((field) =>
      detail(
        field,
        'forbidden_field',
        `A client secret cannot change ${field}; use the secret key or a support token.`,
      ),
    );
  if (details.length === 0) return null;
  return {
    httpStatus: 403,
    code: 'forbidden_field',
    message: `A client secret may only change ${shopperFields.join(', ')}; see details.`,
    details,
  };
}
