import type { EditorField } from './editorValues.js';

// `details[].path` of the fields a storefront shows; the captured segment is the field's name.
const shopperRe =
  /^(?:contract\.(plan_id|quantity|start_date|currency)|customer\.(email|name|company|phone))$/;
// … and of the support-staff fields (`checkout-editor/merchant`).
const merchantRe =
  /^(?:attribution\.(utm_(?:source|medium|campaign|term|content))|(currency|expires_at|success_url|cancel_url|pending_url|update_reason|update_note)|(custom_data)(?:\..*)?)$/;

const field = (re: RegExp, path: string) =>
  re.exec(path)?.slice(1).find(Boolean) as EditorField | undefined;

/**
 * The storefront field an API error detail belongs on, or undefined when none owns it (the
 * editor then lists it in the form-level alert).
 * @example fieldForPath('customer.email') // 'email'
 */
export function fieldForPath(path: string): EditorField | undefined {
  return field(shopperRe, path);
}

/**
 * {@link fieldForPath} with the support-staff fields too; only `checkout-editor/merchant` uses it.
 * @example merchantFieldForPath('custom_data.campaign') // 'custom_data'
 */
export function merchantFieldForPath(path: string): EditorField | undefined {
  return field(shopperRe, path) ?? field(merchantRe, path);
}
