import type { Session } from '../core/index.js';
import { type EditorValues, editorValues, type UtmKey } from './editorValues.js';
import { localDateTime } from './localDateTime.js';

/** The UTM keys the attribution editor shows (referrer and landing_page are kept as they are). */
export const utmKeys: readonly UtmKey[] = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
];

/**
 * The starting values of every field, the support-staff ones included. Only the
 * `checkout-editor/merchant` entry uses it; storefronts use `editorValues`.
 * @example merchantValues(session).expires_at // '2026-12-01T11:00' in Berlin
 */
export function merchantValues(session: Session): EditorValues {
  const values: EditorValues = {
    ...editorValues(session),
    expires_at: localDateTime(session.expires_at),
    success_url: session.success_url ?? '',
    cancel_url: session.cancel_url ?? '',
    pending_url: session.pending_url ?? '',
    utm_source: '',
    utm_medium: '',
    utm_campaign: '',
    utm_term: '',
    utm_content: '',
    custom_data: Object.entries(session.custom_data)
      // The audit trail is the server's record, not something anyone edits.
      .filter(
        ([key, value]) => key !== 'audit_trail' && (value === null || typeof value !== 'object'),
      )
      .map(([key, value]) => ({ key, value: value === null ? '' : String(value) })),
    update_reason: '',
    update_note: '',
  };
  for (const key of utmKeys) values[key] = session.attribution?.[key] ?? '';
  return values;
}
