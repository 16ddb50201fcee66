import type { Failure } from '../errors.js';
import type { Estimate } from '../estimate.js';
import type { SummaryRequest } from '../requests.js';
import { computeEstimate } from './computeEstimate.js';
import { validationFailed } from './failures.js';
import type { RuleContext } from './ruleContext.js';
import { validateContract } from './validateContract.js';

export type SummaryOutcome = { ok: true; estimates: Estimate } | { ok: false; failure: Failure };

/**
 * Prices a contract without creating or changing anything (`POST /checkout_session/summary`):
 * 422 with the same detail codes as an update.
 */
export function summarize(
  req: SummaryRequest,
  ctx: Pick<RuleContext, 'catalog' | 'now'>,
): SummaryOutcome {
  const result = validateContract(req.contract, ctx.catalog, ctx.now);
  if (!result.ok) return { ok: false, failure: validationFailed(result.details) };
  return { ok: true, estimates: computeEstimate(result.contract, ctx.catalog, ctx.now) };
}
