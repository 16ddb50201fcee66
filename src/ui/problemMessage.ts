import type { FieldProblem } from '../react/index.js';
import { fill } from './fill.js';
import { date } from './format.js';
import type { Messages } from './messages/en.js';

/** What some messages need to be specific ("from 1 to 500"). */
export interface ProblemContext {
  quantity: { min: number; max: number };
  startDate: { min: string; max: string };
  locale: string | undefined;
}

/**
 * The localized sentence for a field problem; falls back to the API's own message for a code
 * the messages do not cover.
 * @example problemMessage(t, { field: 'quantity', code: 'quantity_out_of_range', message }, ctx)
 * // 'Enter a quantity from 1 to 500.'
 */
export function problemMessage(
  t: Messages,
  problem: Pick<FieldProblem, 'code' | 'message'>,
  ctx: ProblemContext,
): string {
  switch (problem.code) {
    case 'quantity_out_of_range':
      return fill(t.err_quantity_out_of_range, ctx.quantity);
    case 'start_date_out_of_range':
      return fill(t.err_start_date_out_of_range, {
        min: date(ctx.startDate.min, ctx.locale),
        max: date(ctx.startDate.max, ctx.locale),
      });
    default: {
      const key = `err_${problem.code}`;
      return t[key as keyof Messages] ?? problem.message ?? problem.code;
    }
  }
}
