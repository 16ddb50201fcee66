import type { Session, UpdateRequest } from '../core/index.js';
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
 * one `buildBody` put in (the merchant entry's `buildMerchantBody` takes the reason section's
 * choice), else inferred from what changed (widget.md rule 8).
 * @example buildSubmission(session, values, ['plan', 'quantity'])?.body.update_reason // 'quantity_change'
 */
export function buildSubmission(
  session: Session,
  values: EditorValues,
  sections: readonly Section[],
  buildBody: (
    session: Session,
    values: EditorValues,
    sections: readonly Section[],
  ) => UpdateRequest = buildUpdateBody,
): Submission | undefined {
  const body = buildBody(session, values, sections);
  // A reason or a note alone changes nothing.
  const { update_reason: _reason, update_note: _note, ...changes } = body;
  if (Object.keys(changes).length === 0) return undefined;
  body.update_reason ??= inferUpdateReason(session, body);
  return { body, ifMatch: session.version, idempotencyKey: newIdempotencyKey() };
}
