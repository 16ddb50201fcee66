import type { ErrorDetail, Failure } from '../errors.js';
import type { CreateRequest } from '../requests.js';
import type { Session } from '../session.js';
import { withAuditTrail } from './auditTrail.js';
import { checkSessionFields } from './checkSessionFields.js';
import { computeEstimate } from './computeEstimate.js';
import { detail, validationFailed } from './failures.js';
import { mergeCustomer } from './mergeCustomer.js';
import type { RuleContext } from './ruleContext.js';

export type CreateOutcome = { ok: true; session: Session } | { ok: false; failure: Failure };

const defaultLifetimeMs = 24 * 3_600_000;
const maxCustomerId = 200;

/**
 * Builds a new open session (`POST /checkout_session`) with the same validation as an update,
 * except that customer details may come with a `customer_id` (the known customer's snapshot)
 * and a guest needs no email yet. Version 1, `expires_at` 24 hours ahead unless given, and an
 * empty `custom_data.audit_trail`.
 * @example createSession({ contract: { plan_id: 'starter', currency: 'USD' } }, ctx, crypto.randomUUID())
 */
export function createSession(req: CreateRequest, ctx: RuleContext, id: string): CreateOutcome {
  const details: ErrorDetail[] = [];
  const fields = checkSessionFields({ custom_data: {} }, req, ctx, details);
  const customerId = checkCustomerId(req, details);
  const customer = req.customer ? mergeCustomer(null, req.customer, 'create', details) : null;
  if (details.length > 0 || !fields.contract) {
    return { ok: false, failure: validationFailed(details) };
  }
  const now = ctx.now.toISOString();
  const contract = fields.contract;
  return {
    ok: true,
    session: {
      id,
      object: 'checkout_session',
      status: 'open',
      payment_status: 'not_started',
      customer_id: customerId,
      customer,
      contract,
      currency: contract.currency,
      estimates: computeEstimate(contract, ctx.catalog, ctx.now),
      expires_at:
        fields.session.expires_at ?? new Date(ctx.now.getTime() + defaultLifetimeMs).toISOString(),
      success_url: fields.session.success_url ?? null,
      cancel_url: fields.session.cancel_url ?? null,
      pending_url: fields.session.pending_url ?? null,
      attribution: fields.session.attribution ?? null,
      custom_data: withAuditTrail(fields.session.custom_data ?? {}, []),
      created_at: now,
      updated_at: now,
      last_activity_at: now,
      version: 1,
    },
  };
}

/** `customer_id` may be given at the top level or inside `customer`; both must agree. */
function checkCustomerId(req: CreateRequest, details: ErrorDetail[]): string | null {
  const top = req.customer_id;
  const nested = req.customer?.customer_id;
  if (top !== undefined && nested !== undefined && top !== nested) {
    details.push(
      detail(
        'customer.customer_id',
        'customer_id_immutable',
        'customer.customer_id must equal customer_id.',
      ),
    );
    return null;
  }
  const id = top ?? nested ?? null;
  const path = top !== undefined ? 'customer_id' : 'customer.customer_id';
  if (id === null) return null;
  if (id.trim() === '') {
    details.push(
      detail(path, 'required', 'A customer id cannot be blank; send null for a guest checkout.'),
    );
  } else if (id.length > maxCustomerId) {
    details.push(detail(path, 'too_long', `At most ${maxCustomerId} characters.`));
  }
  return id;
}
