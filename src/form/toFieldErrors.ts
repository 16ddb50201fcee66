import type { EditorField } from './editorValues.js';
import type { FieldProblem } from './validateEditorValues.js';

/** Errors per field as react-hook-form holds them: the problem's code and the sentence shown. */
export type FieldErrorMap = Partial<Record<EditorField, { type: string; message: string }>>;

/**
 * The client-side problems as a resolver returns them: the first problem of each field, its code
 * as `type`, and the sentence `sentenceOf` makes of it.
 * @example toFieldErrors([{ field: 'quantity', code: 'not_integer' }], sentenceOf)
 * // { quantity: { type: 'not_integer', message: 'Enter a whole number.' } }
 */
export function toFieldErrors(
  problems: readonly FieldProblem[],
  sentenceOf: (problem: FieldProblem) => string,
): FieldErrorMap {
  const errors: FieldErrorMap = {};
  for (const problem of problems) {
    errors[problem.field] ??= { type: problem.code, message: sentenceOf(problem) };
  }
  return errors;
}
