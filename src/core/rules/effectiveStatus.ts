import type { Session, SessionStatus } from '../session.js';

/** The status a session has at `now`: an open session is expired once now >= expires_at. */
export function effectiveStatus(session: Session, now: Date): SessionStatus {
  if (session.status === 'open' && now.getTime() >= Date.parse(session.expires_at))
    return 'expired';
  return session.status;
}
