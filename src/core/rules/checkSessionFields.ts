import type { Contract } from '../contract.js';
import type { ErrorDetail } from '../errors.js';
import type { UpdateRequest } from '../requests.js';
import type { CustomData, Session } from '../session.js';
import { checkAttribution } from './checkAttribution.js';
import { checkExpiresAt } from './checkExpiresAt.js';
import { checkRedirectUrl } from './checkUrl.js';
import { mergeCustomData } from './mergeCustomData.js';
import type { RuleContext } from './ruleContext.js';
import { validateContract } from './validateContract.js';

/** The fields creation and update validate the same way. */
type SharedFields = Pick<
  UpdateRequest,
  | 'contract'
  | 'expires_at'
  | 'success_url'
  | 'cancel_url'
  | 'pending_url'
  | 'attribution'
  | 'custom_data'
>;

type CheckedSessionFields = Partial<
  Pick<
    Session,
    'expires_at' | 'success_url' | 'cancel_url' | 'pending_url' | 'attribution' | 'custom_data'
  >
>;

const urlFields = ['success_url', 'cancel_url', 'pending_url'] as const;

/**
 * Validates the fields that creation and update share and returns their new values (only
 * those given). Problems go to `details`; the returned values are meaningful only without any.
 */
export function checkSessionFields(
  current: { custom_data: CustomData },
  req: SharedFields,
  ctx: RuleContext,
  details: ErrorDetail[],
): { contract?: Contract; session: CheckedSessionFields } {
  const session: CheckedSessionFields = {};
  let contract: Contract | undefined;
  if (req.contract) {
    const result = validateContract(req.contract, ctx.catalog, ctx.now);
    if (result.ok) contract = result.contract;
    else details.push(...result.details);
  }
  if (req.expires_at !== undefined) {
    const expiresAt = checkExpiresAt(req.expires_at, ctx.now, details);
    if (expiresAt) session.expires_at = expiresAt;
  }
  for (const field of urlFields) {
    const value = req[field];
    if (value === undefined) continue;
    if (value !== null) checkRedirectUrl(value, field, details);
    session[field] = value;
  }
  if (req.attribution !== undefined) {
    session.attribution = req.attribution && checkAttribution(req.attribution, details);
  }
  if (req.custom_data !== undefined) {
    session.custom_data = mergeCustomData(current.custom_data, req.custom_data, details);
  }
  return contract ? { contract, session } : { session };
}
