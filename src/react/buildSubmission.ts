import type { Session, UpdateReason, UpdateRequest } from '../core/index.js';
import { buildUpdateBody } from './buildUpdateBody.js';
import type { EditorValues } from './editorValues.js';
import { inferUpdateReason } from './inferUpdateReason.js';
import { newIdempotencyKey } from './newIdempotencyKey.js';
import type { Section } from './sections.js';

/** One press of "Save changes": what is sent, and sent again unchanged on "Retry". */
export interface Submission {
  body: UpdateRequest;
  /** The version the edits are based on (`If-Match`). */
  ifMatch: number;
  idempotencyKey: string;
}

/**
 * The submission for the edited values, or undefined when nothing changed. The reason is the
 * one chosen in the reason section, else inferred from what changed (widget.md rule 8).
 * @example buildSubmission(session, values, ['plan', 'quantity'])?.body.update_reason // 'quantity_change'
 */
export function buildSubmission(
  session: Session,
  values: EditorValues,
  sections: readonly Section[],
): Submission | undefined {
  const body = buildUpdateBody(session, values, sections);
  if (Object.keys(body).length === 0) return undefined;
  const chosen: UpdateReason | '' = sections.includes('update_reason') ? values.update_reason : '';
  body.update_reason = chosen === '' ? inferUpdateReason(session, body) : chosen;
  const note = values.update_note.trim();
  if (sections.includes('update_reason') && note !== '') body.update_note = note;
  return { body, ifMatch: session.version, idempotencyKey: newIdempotencyKey() };
}
