import type { ErrorDetail, Failure } from '../errors.js';
import type { UpdateRequest } from '../requests.js';
import type { AuditEntry, Session } from '../session.js';
import { auditTrail, withAuditTrail } from './auditTrail.js';
import { checkSessionFields } from './checkSessionFields.js';
import { checkSessionState } from './checkSessionState.js';
import { computeEstimate } from './computeEstimate.js';
import { currencyExponent } from './currencyExponent.js';
import { diffSessions } from './diffSessions.js';
import { detail, validationFailed } from './failures.js';
import { maxUpdateNote as maxNote } from './maxUpdateNote.js';
import { mergeCustomer } from './mergeCustomer.js';
import type { RuleContext } from './ruleContext.js';

/** What an update does to a session: a new version, only a refreshed activity time, or nothing. */
export type UpdateOutcome =
  | { kind: 'changed'; session: Session; audit: AuditEntry }
  | { kind: 'unchanged'; session: Session }
  | { kind: 'rejected'; failure: Failure };

/** A session accepts at most this many changing updates, so the audit trail stays bounded. */
export const maxChangingUpdates = 200;

/**
 * Applies a PATCH body to a session, never mutating the input. Checks in the API's order:
 * 409 state → 412 If-Match → 422 listing every problem → 409 `update_limit_reached` (only for
 * an update that changes something). A valid update that changes nothing keeps the version and
 * only refreshes `last_activity_at`; one that changes something bumps the version, recomputes
 * the estimates when the contract changed and appends one audit entry.
 * @example applyUpdate(session, { contract: { plan_id: 'team', quantity: 5, currency: 'USD' } }, ctx, { ifMatch: 3 })
 */
export function applyUpdate(
  session: Session,
  req: UpdateRequest,
  ctx: RuleContext,
  opts: { ifMatch?: number },
): UpdateOutcome {
  const state = checkSessionState(session, ctx.now, opts.ifMatch);
  if (state) return { kind: 'rejected', failure: state };

  const details: ErrorDetail[] = [];
  const fields = checkSessionFields(session, req, ctx, details);
  const contract = fields.contract ?? session.contract;
  if (req.currency !== undefined) {
    if (currencyExponent(req.currency) === undefined) {
      details.push(
        detail('currency', 'invalid_currency', 'Must be an upper-case ISO 4217 currency code.'),
      );
    } else {
      const expected = req.contract?.currency ?? session.contract.currency;
      if (req.currency !== expected) {
        details.push(
          detail(
            'currency',
            'currency_mismatch',
            `currency must equal the contract currency ${expected}; change the currency through the contract.`,
          ),
        );
      }
    }
  }
  let customer = session.customer;
  if (req.customer) {
    const { customer_id: customerId, ...customerDetails } = req.customer;
    if (customerId !== undefined && customerId !== session.customer_id) {
      details.push(
        detail(
          'customer.customer_id',
          'customer_id_immutable',
          'The customer of a session is fixed at creation.',
        ),
      );
    }
    if (session.customer_id !== null) {
      if (Object.keys(customerDetails).length > 0) {
        details.push(
          detail(
            'customer',
            'customer_not_guest',
            'Details of a known customer cannot be changed here.',
          ),
        );
      }
    } else customer = mergeCustomer(session.customer, req.customer, 'update', details);
  }
  if (req.update_note !== undefined && req.update_note.length > maxNote) {
    details.push(detail('update_note', 'too_long', `At most ${maxNote} characters.`));
  }
  if (details.length > 0) return { kind: 'rejected', failure: validationFailed(details) };

  const now = ctx.now.toISOString();
  const next: Session = {
    ...session,
    ...fields.session,
    contract,
    currency: contract.currency,
    customer,
    last_activity_at: now,
  };
  const changes = diffSessions(session, next);
  if (changes.length === 0)
    return { kind: 'unchanged', session: { ...session, last_activity_at: now } };

  const trail = auditTrail(session);
  if (trail.length >= maxChangingUpdates) {
    return {
      kind: 'rejected',
      failure: {
        httpStatus: 409,
        code: 'update_limit_reached',
        message: `The session has had ${maxChangingUpdates} changing updates, the most it accepts.`,
      },
    };
  }
  const version = session.version + 1;
  const audit: AuditEntry = {
    at: now,
    version,
    actor: ctx.actor,
    actor_name: ctx.actorName ?? null,
    request_id: ctx.requestId ?? '',
    reason: req.update_reason ?? null,
    note: req.update_note ?? null,
    changes,
  };
  const contractChanged = changes.some((change) => change.field.startsWith('contract.'));
  return {
    kind: 'changed',
    audit,
    session: {
      ...next,
      estimates: contractChanged
        ? computeEstimate(contract, ctx.catalog, ctx.now)
        : session.estimates,
      custom_data: withAuditTrail(next.custom_data, [...trail, audit]),
      version,
      updated_at: now,
    },
  };
}
