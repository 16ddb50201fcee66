import type { Session } from '../../src/core/index.js';

/** Whether the storefront may still ask to pay for `session`: open, unpaid and not expired. */
export const isPayable = (session: Session) =>
  session.status === 'open' &&
  session.payment_status === 'not_started' &&
  Date.parse(session.expires_at) > Date.now();
