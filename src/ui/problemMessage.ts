import type { FieldProblem } from '../form/index.js';
import { fill } from './fill.js';
import type { Messages } from './messages/en.js';

/** The values a problem's message is filled with ("from 1 to 500"), by problem code. */
export type ProblemFillers = Partial<Record<string, Record<string, string | number | undefined>>>;

/**
 * The localized sentence for a field problem, its placeholders filled from `fillers`; falls
 * back to the API's own message for a code the messages do not cover.
 * @example problemMessage(t, { field: 'quantity', code: 'quantity_out_of_range', message }, { quantity_out_of_range: { min: 1, max: 500 } })
 * // 'Enter a quantity from 1 to 500.'
 */
export function problemMessage(
  t: Messages,
  problem: Pick<FieldProblem, 'code' | 'message'>,
  fillers: ProblemFillers,
): string {
  const text = t[`err_${problem.code}` as keyof Messages];
  return text === undefined
    ? (problem.message ?? problem.code)
    : fill(text, fillers[problem.code] ?? {});
}
