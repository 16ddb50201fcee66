import type { Catalog } from '../catalog.js';
import type { Failure } from '../errors.js';
import type { Actor } from '../session.js';

/** What every rule needs besides its input: the catalog, the clock and who is acting. */
export interface RuleContext {
  catalog: Catalog;
  now: Date;
  actor: Actor;
}

/** The result of parsing a request body: the typed value, or a 400 failure. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; failure: Failure };
