import type { EditorField } from './editorValues.js';

// `details[].path` of every field the editor shows; the captured segment is the field's name.
const pathRe =
  /^(?:contract\.(plan_id|quantity|start_date|currency)|customer\.(email|name|company|phone)|attribution\.(utm_(?:source|medium|campaign|term|content))|(currency|expires_at|success_url|cancel_url|pending_url|update_reason|update_note))$/;

/**
 * The editor field an API error detail belongs on, or undefined when no shown field owns it
 * (the editor then lists it in the form-level alert).
 * @example fieldForPath('customer.email') // 'email'
 * @example fieldForPath('custom_data.campaign') // 'custom_data'
 */
export function fieldForPath(path: string): EditorField | undefined {
  if (path === 'custom_data' || path.startsWith('custom_data.')) return 'custom_data';
  return pathRe.exec(path)?.slice(1).find(Boolean) as EditorField | undefined;
}
