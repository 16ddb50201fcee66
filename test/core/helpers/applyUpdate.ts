import {
  applyUpdate,
  type Session,
  todayUtc,
  type UpdateRequest,
} from '../../../src/core/index.js';
import { makeCtx, NOW } from '../factories.js';

/* What the applyUpdate tests share: one client acting a minute after NOW, and outcome readers. */

/** The clock of every applyUpdate test: a minute after the sessions were created. */
export const later = new Date(NOW.getTime() + 60_000);
/** The client acting at `later`. */
export const ctx = makeCtx({ now: later, actor: 'client' });
/** The UTC day of NOW, as a contract start date. */
export const today = todayUtc(NOW);
/** The ISO datetime `days` after `later`. */
export const inDays = (days: number) => new Date(later.getTime() + days * 86_400_000).toISOString();

/** The failure of an update that must be rejected; throws on any other outcome. */
export function rejected(session: Session, req: UpdateRequest, ifMatch?: number) {
  const outcome = applyUpdate(session, req, ctx, ifMatch === undefined ? {} : { ifMatch });
  if (outcome.kind !== 'rejected') throw new Error(`expected a rejection, got ${outcome.kind}`);
  return outcome.failure;
}

/** The outcome of an update that must change the session; throws on any other outcome. */
export function changed(session: Session, req: UpdateRequest) {
  const outcome = applyUpdate(session, req, ctx, {});
  if (outcome.kind !== 'changed')
    throw new Error(`expected a change, got ${JSON.stringify(outcome)}`);
  return outcome;
}

/** The `{ path, code }` of every detail of a rejected update. */
export function problems(session: Session, req: UpdateRequest) {
  return (rejected(session, req).details ?? []).map(({ path, code }) => ({ path, code }));
}
