import type { Session, UpdateRequest } from '../core/index.js';
import { buildUpdateBody } from './buildUpdateBody.js';
import type { EditorValues } from './editorValues.js';
import { isoFromLocal, localDateTime } from './localDateTime.js';
import { utmKeys } from './merchantValues.js';
import type { Section } from './sections.js';

/**
 * {@link buildUpdateBody} plus what the support-staff sections changed: expiry, redirect URLs,
 * attribution, custom data, and the chosen `update_reason` / `update_note`. Only the
 * `checkout-editor/merchant` entry uses it (pass it to `buildSubmission`).
 * @example buildMerchantBody(session, { ...merchantValues(session), success_url: '' }, ['redirect_urls'])
 * // { success_url: null }
 */
export function buildMerchantBody(
  session: Session,
  values: EditorValues,
  sections: readonly Section[],
): UpdateRequest {
  const shown = new Set(sections);
  const body = buildUpdateBody(session, values, sections);

  if (shown.has('expires_at') && values.expires_at !== localDateTime(session.expires_at)) {
    body.expires_at = isoFromLocal(values.expires_at) ?? values.expires_at;
  }

  if (shown.has('redirect_urls')) {
    for (const key of ['success_url', 'cancel_url', 'pending_url'] as const) {
      const next = values[key].trim();
      if (next !== (session[key] ?? '')) body[key] = next === '' ? null : next;
    }
  }

  if (shown.has('attribution')) {
    const before = session.attribution ?? {};
    if (utmKeys.some((key) => values[key].trim() !== (before[key] ?? ''))) {
      // Attribution is replaced as a whole: keep what the editor does not show.
      const next: NonNullable<UpdateRequest['attribution']> = {};
      if (before.referrer !== undefined) next.referrer = before.referrer;
      if (before.landing_page !== undefined) next.landing_page = before.landing_page;
      for (const key of utmKeys) {
        const value = values[key].trim();
        if (value !== '') next[key] = value;
      }
      body.attribution = next;
    }
  }

  if (shown.has('custom_data')) {
    const customData = customDataChanges(session, values);
    if (customData) body.custom_data = customData;
  }

  if (shown.has('update_reason')) {
    if (values.update_reason !== '') body.update_reason = values.update_reason;
    const note = values.update_note.trim();
    if (note !== '') body.update_note = note;
  }
  return body;
}

function customDataChanges(
  session: Session,
  values: EditorValues,
): UpdateRequest['custom_data'] | undefined {
  const before = session.custom_data;
  const changes: NonNullable<UpdateRequest['custom_data']> = {};
  const kept = new Set<string>();
  for (const row of values.custom_data) {
    const key = row.key.trim();
    if (key === '') continue;
    kept.add(key);
    const old = before[key];
    const oldText = old === undefined || old === null ? undefined : String(old);
    // An untouched number or boolean stays as it was; typed values are strings, like Stripe metadata.
    if (oldText !== row.value) changes[key] = row.value;
  }
  for (const key of Object.keys(before)) {
    if (key !== 'audit_trail' && !kept.has(key)) changes[key] = null;
  }
  return Object.keys(changes).length > 0 ? changes : undefined;
}
