import type { Failure } from '../errors.js';
import type { Session } from '../session.js';
import { effectiveStatus } from './effectiveStatus.js';
import { readOnlyReason } from './readOnlyReason.js';

/**
 * The checks an update and a confirm share, in the API's order: 409 `session_not_open` (with the
 * effective status), 409 `payment_already_started`, 412 `version_conflict`. Undefined when the
 * session may be changed.
 */
export function checkSessionState(
  session: Session,
  now: Date,
  ifMatch: number | undefined,
): Failure | undefined {
  // readOnlyReason says whether; this says it in the API's words and order.
  if (readOnlyReason(session, now) === undefined) return versionCheck(session, ifMatch);
  const status = effectiveStatus(session, now);
  if (status !== 'open') {
    return {
      httpStatus: 409,
      code: 'session_not_open',
      message: `The session is ${status} and can no longer be changed.`,
      status,
    };
  }
  return {
    httpStatus: 409,
    code: 'payment_already_started',
    message: `Payment has started (payment_status ${session.payment_status}); the session can no longer be changed.`,
  };
}

function versionCheck(session: Session, ifMatch: number | undefined): Failure | undefined {
  if (ifMatch !== undefined && ifMatch !== session.version) {
    return {
      httpStatus: 412,
      code: 'version_conflict',
      // If-Match may have been a list or unparsable, so name only the current version.
      message: `If-Match does not match the session's current version ${session.version}; reload it and try again.`,
    };
  }
  return undefined;
}
