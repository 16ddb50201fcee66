import { type AreaPick, shopperAreas } from './describeSessionChanges.js';

/**
 * The areas a version conflict compares for support staff: the shopper's and the support-staff
 * ones. Its own module, so that only the `checkout-editor/merchant` entry carries it.
 */
export const merchantAreas: AreaPick[] = [
  ...shopperAreas,
  ['currency', (s) => s.contract.currency],
  ['expires_at', (s) => s.expires_at],
  ['redirect_urls', (s) => [s.success_url, s.cancel_url, s.pending_url]],
  ['attribution', (s) => s.attribution],
  // The audit trail changes with every update; it is not something someone else "changed".
  ['custom_data', (s) => ({ ...s.custom_data, audit_trail: undefined })],
];
