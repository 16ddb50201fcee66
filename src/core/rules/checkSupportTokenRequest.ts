import type { ErrorDetail, Failure } from '../errors.js';
import type { SupportTokenRequest } from '../requests.js';
import { detail, validationFailed } from './failures.js';
import { findInvalidCharacter } from './findInvalidCharacter.js';

/** Lifetimes a support token may have, in seconds (api.md). */
export const supportTokenTtl = { min: 60, max: 3600, default: 900 } as const;
const maxActor = 100;

/**
 * The 422 layer of minting a support token: `actor` is 1..100 characters after trimming
 * (`required` / `too_long`) without control, bidi or zero-width characters
 * (`invalid_characters`, it is shown in the audit trail), `ttl_seconds` 60..3600
 * (`ttl_out_of_range`). Returns the trimmed actor and the lifetime, or the failure.
 * @example checkSupportTokenRequest({ actor: 'Grace (support)' }) // { ok: true, actor, ttlSeconds: 900 }
 */
export function checkSupportTokenRequest(
  req: SupportTokenRequest,
): { ok: true; actor: string; ttlSeconds: number } | { ok: false; failure: Failure } {
  const details: ErrorDetail[] = [];
  const actor = req.actor.trim();
  if (actor === '') details.push(detail('actor', 'required', 'Name who the token is for.'));
  else if (actor.length > maxActor) {
    details.push(detail('actor', 'too_long', `At most ${maxActor} characters.`));
  } else if (findInvalidCharacter(actor) !== null) {
    details.push(
      detail(
        'actor',
        'invalid_characters',
        'No control, bidirectional-override or zero-width characters.',
      ),
    );
  }
  const ttlSeconds = req.ttl_seconds ?? supportTokenTtl.default;
  if (ttlSeconds < supportTokenTtl.min || ttlSeconds > supportTokenTtl.max) {
    details.push(
      detail(
        'ttl_seconds',
        'ttl_out_of_range',
        `Between ${supportTokenTtl.min} and ${supportTokenTtl.max} seconds.`,
      ),
    );
  }
  if (details.length > 0) return { ok: false, failure: validationFailed(details) };
  return { ok: true, actor, ttlSeconds };
}
