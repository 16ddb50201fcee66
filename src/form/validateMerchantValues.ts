import type { Catalog, ErrorDetail, Session } from '../core/index.js';
import { checkSessionFields } from '../core/rules/checkSessionFields.js';
import { maxUpdateNote } from '../core/rules/maxUpdateNote.js';
import { buildMerchantBody } from './buildMerchantBody.js';
import type { EditorValues } from './editorValues.js';
import { merchantFieldForPath } from './merchantFieldForPath.js';
import type { Section } from './sections.js';
import type { FieldProblem } from './validateEditorValues.js';

/**
 * Checks the support-staff fields (expiry, redirect URLs, attribution, custom data, note) with
 * the same core rules the API applies. It ships with the `checkout-editor/merchant` entry, so
 * storefronts do not carry these rules.
 * @example validateMerchantValues(session, { ...values, success_url: 'http://a.b' }, sections, catalog, now)
 * // [{ field: 'success_url', code: 'url_not_https', message: '…' }]
 */
export function validateMerchantValues(
  session: Session,
  values: EditorValues,
  sections: readonly Section[],
  catalog: Catalog,
  now: Date,
): FieldProblem[] {
  const {
    contract: _c,
    customer: _cu,
    update_reason: _r,
    update_note: _n,
    ...fields
  } = buildMerchantBody(session, values, sections);
  const details: ErrorDetail[] = [];
  checkSessionFields(session, fields, { catalog, now, actor: 'client' }, details);
  if (sections.includes('update_reason') && values.update_note.trim().length > maxUpdateNote) {
    details.push({
      path: 'update_note',
      code: 'too_long',
      message: `At most ${maxUpdateNote} characters.`,
    });
  }
  const problems: FieldProblem[] = [];
  for (const { path, code, message } of details) {
    const field = merchantFieldForPath(path);
    if (field && !problems.some((p) => p.field === field)) problems.push({ field, code, message });
  }
  return problems;
}
