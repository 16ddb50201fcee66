import { attributionKeys, type Session, type UpdateReason } from '../core/index.js';
import { localDateTime } from './localDateTime.js';

/** The UTM keys the attribution editor shows (referrer and landing_page are kept as they are). */
export const utmKeys = attributionKeys.filter((k) => k.startsWith('utm_')) as UtmKey[];
export type UtmKey = 'utm_source' | 'utm_medium' | 'utm_campaign' | 'utm_term' | 'utm_content';

/** One row of the custom data editor. */
export interface CustomDataRow {
  key: string;
  value: string;
}

/**
 * What the editor's inputs hold: strings as typed (a half-typed quantity is not a number yet),
 * so diffing and validation decide what they mean.
 */
export interface EditorValues {
  plan_id: string;
  quantity: string;
  start_date: string;
  currency: string;
  email: string;
  name: string;
  company: string;
  phone: string;
  /** `datetime-local` value in the browser's zone. */
  expires_at: string;
  success_url: string;
  cancel_url: string;
  pending_url: string;
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  utm_term: string;
  utm_content: string;
  custom_data: CustomDataRow[];
  /** Empty: infer the reason from what changed. */
  update_reason: UpdateReason | '';
  update_note: string;
}

/** A field the editor can put an error on. */
export type EditorField = Exclude<keyof EditorValues, 'custom_data'> | 'custom_data';

/**
 * The editor's starting values for a session.
 * @example const values = editorValues(session); values.quantity // '5'
 */
export function editorValues(session: Session): EditorValues {
  const { contract, customer, attribution } = session;
  const plan = 'plan_id' in contract;
  return {
    plan_id: plan ? contract.plan_id : '',
    quantity: plan ? String(contract.quantity) : '',
    start_date: contract.start_date,
    currency: contract.currency,
    email: customer?.email ?? '',
    name: customer?.name ?? '',
    company: customer?.company ?? '',
    phone: customer?.phone ?? '',
    expires_at: localDateTime(session.expires_at),
    success_url: session.success_url ?? '',
    cancel_url: session.cancel_url ?? '',
    pending_url: session.pending_url ?? '',
    utm_source: attribution?.utm_source ?? '',
    utm_medium: attribution?.utm_medium ?? '',
    utm_campaign: attribution?.utm_campaign ?? '',
    utm_term: attribution?.utm_term ?? '',
    utm_content: attribution?.utm_content ?? '',
    custom_data: Object.entries(session.custom_data)
      // The audit trail is the server's record, not something anyone edits.
      .filter(
        ([key, value]) => key !== 'audit_trail' && (value === null || typeof value !== 'object'),
      )
      .map(([key, value]) => ({ key, value: value === null ? '' : String(value) })),
    update_reason: '',
    update_note: '',
  };
}
