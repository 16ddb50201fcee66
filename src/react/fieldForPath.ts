import type { EditorField } from './editorValues.js';

const exact: Record<string, EditorField> = {
  'contract.plan_id': 'plan_id',
  'contract.quantity': 'quantity',
  'contract.start_date': 'start_date',
  'contract.currency': 'currency',
  currency: 'currency',
  'customer.email': 'email',
  'customer.name': 'name',
  'customer.company': 'company',
  'customer.phone': 'phone',
  expires_at: 'expires_at',
  success_url: 'success_url',
  cancel_url: 'cancel_url',
  pending_url: 'pending_url',
  'attribution.utm_source': 'utm_source',
  'attribution.utm_medium': 'utm_medium',
  'attribution.utm_campaign': 'utm_campaign',
  'attribution.utm_term': 'utm_term',
  'attribution.utm_content': 'utm_content',
  update_reason: 'update_reason',
  update_note: 'update_note',
};

/**
 * The editor field an API error detail belongs on, or undefined when no shown field owns it
 * (the editor then lists it in the form-level alert).
 * @example fieldForPath('customer.email') // 'email'
 * @example fieldForPath('custom_data.campaign') // 'custom_data'
 */
export function fieldForPath(path: string): EditorField | undefined {
  const field = exact[path];
  if (field) return field;
  if (path === 'custom_data' || path.startsWith('custom_data.')) return 'custom_data';
  return undefined;
}
