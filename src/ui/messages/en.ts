import type { merchantEn } from '../merchant/messages.js';

/**
 * Every visible string of the storefront editor, in English. Placeholders in braces (`{min}`)
 * are filled in at render time; translations keep them. The support-staff sections bring their
 * own strings (`merchantEn`, in the `checkout-editor/merchant` entry).
 */
export const en = {
  form: 'Edit checkout',
  loading: 'Loading checkout…',
  plan: 'Plan',
  quantity: 'Quantity',
  decrease_quantity: 'Decrease quantity',
  increase_quantity: 'Increase quantity',
  quantity_hint: '{unit}, {min} to {max}',
  quantity_hint_no_unit: '{min} to {max}',
  start_date: 'Start date',
  start_date_hint: 'From {min} to {max} (UTC)',
  customer: 'Your details',
  customer_read_only: 'Customer',
  customer_read_only_hint:
    'These details come from the customer account and cannot be changed here.',
  email: 'Email',
  name: 'Full name',
  company: 'Company',
  phone: 'Phone',
  optional: 'Optional',
  summary: 'Price summary',
  summary_item: 'Item',
  summary_amount: 'Amount',
  line: '{name} × {quantity}',
  total: 'Total',
  due_today: 'Due today',
  first_billing_date: 'First billing date',
  change: 'Change',
  change_other_interval: 'Was {amount}',
  updating: 'Updating…',
  announce_total: 'New total: {total}',
  preview_failed: 'The price could not be updated. The figures shown are the last known ones.',
  price_each: '{amount} each',
  price_from: 'from {amount} each',
  per_interval: '{amount} / {interval}',
  per_intervals: '{amount} every {count} {interval}',
  interval_day: 'day',
  interval_week: 'week',
  interval_month: 'month',
  interval_year: 'year',
  intervals_day: 'days',
  intervals_week: 'weeks',
  intervals_month: 'months',
  intervals_year: 'years',
  units: 'units',
  tier_graduated: 'Tier {index} of {count}: from {from} {unit}, {unit_amount} each{flat}.',
  tier_volume: 'Tier {index} of {count}: every unit costs {unit_amount}{flat}.',
  tier_next_graduated: 'Next tier from {from} {unit}: {unit_amount} each{flat}.',
  tier_next_volume: 'Next tier from {from} {unit}: every unit costs {unit_amount}{flat}.',
  tier_flat: ' plus {flat_amount}',
  save: 'Save changes',
  saving: 'Saving…',
  saved: 'Your changes have been saved.',
  nothing_to_save: 'There are no changes to save yet.',
  reload: 'Reload session',
  retry: 'Retry',
  invalid_form: 'Some details need your attention before saving.',
  network_error:
    'The connection failed, so your changes were not confirmed. Nothing you typed is lost.',
  session_not_open: 'This checkout is no longer open, so it cannot be changed.',
  payment_already_started:
    'Payment for this checkout has already started, so it cannot be changed.',
  version_conflict: 'This checkout was changed somewhere else while you were editing.',
  version_conflict_changes:
    'Changed meanwhile: {areas}. Reload to see the latest version; your edits here will be replaced.',
  version_conflict_unknown: 'Reload to see the latest version; your edits here will be replaced.',
  area_status: 'status',
  area_plan: 'plan',
  area_quantity: 'quantity',
  area_start_date: 'start date',
  area_currency: 'currency',
  area_customer: 'customer details',
  area_expires_at: 'expiry',
  area_redirect_urls: 'redirect URLs',
  area_attribution: 'attribution',
  area_custom_data: 'custom data',
  update_limit_reached:
    'This checkout has been changed too many times and cannot be changed again.',
  request_failed: 'The change could not be saved: {message}',
  load_failed: 'This checkout could not be loaded.',
  not_found: 'This checkout could not be found. The link may be wrong or no longer valid.',
  catalog_failed: 'The available plans could not be loaded.',
  read_only_paid: 'This checkout has been paid, so it can no longer be changed.',
  read_only_payment_in_progress:
    'Payment for this checkout is in progress, so it can no longer be changed.',
  read_only_payment_failed:
    'A payment for this checkout has been attempted, so it can no longer be changed.',
  read_only_complete: 'This checkout is complete, so it can no longer be changed.',
  read_only_expired: 'This checkout has expired, so it can no longer be changed.',
  err_not_integer: 'Enter a whole number.',
  err_quantity_out_of_range: 'Enter a quantity from {min} to {max}.',
  err_start_date_out_of_range: 'Choose a date from {min} to {max}.',
  err_invalid_date: 'Enter a date.',
  err_invalid_email: 'Enter an email address such as ada@example.com.',
  err_required: 'This field is required.',
  err_too_long: 'This is too long.',
  err_currency_not_supported: 'This plan has no price in this currency.',
  err_unknown_plan: 'This plan is not available.',
};

/**
 * The widget's strings, support-staff sections included; pass a partial object as `messages`
 * to translate or reword.
 */
export type Messages = { [K in keyof typeof en | keyof typeof merchantEn]: string };
