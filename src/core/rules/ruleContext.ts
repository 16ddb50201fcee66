import type { Catalog } from '../catalog.js';
import type { Failure } from '../errors.js';
import type { Actor } from '../session.js';

/** What every rule needs besides its input: the catalog, the clock and who is acting. */
export interface RuleContext {
  catalog: Catalog;
  now: Date;
  actor: Actor;
  /** The support token's actor for `actor: "support"` (default null); recorded in audit entries. */
  actorName?: string | null;
  /**
   * The `Request-Id` of the request being answered, recorded in audit entries; the API service
   * always passes it (rules run elsewhere, e.g. to validate a form, write no audit entry).
   */
  requestId?: string;
}

/** The result of parsing a request body: the typed value, or a 400 failure. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; failure: Failure };
