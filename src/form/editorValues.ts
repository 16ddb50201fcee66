import type { Session, UpdateReason } from '../core/index.js';

/** The UTM keys the attribution editor shows (referrer and landing_page are kept as they are). */
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
export type EditorField = keyof EditorValues;

/** The guest details a shopper can edit, in the order the form shows them. */
export const guestFields = ['email', 'name', 'company', 'phone'] as const;

/** The fields a storefront shows: contract and guest details. */
export type ShopperValues = Pick<
  EditorValues,
  'plan_id' | 'quantity' | 'start_date' | 'currency' | 'email' | 'name' | 'company' | 'phone'
>;

/**
 * The editor's starting values for a session: the shopper fields. The support-staff fields are
 * not registered in a storefront; `merchantValues` (the `checkout-editor/merchant` entry) adds
 * them, so storefronts do not carry that code.
 * @example const values = editorValues(session); values.quantity // '5'
 */
export function editorValues(session: Session): ShopperValues {
  const { contract, customer } = session;
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
  };
}
