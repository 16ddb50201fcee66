import demoCatalog from '../../demo/catalog.json' with { type: 'json' };
import {
  type Catalog,
  type CreateRequest,
  createSession,
  type RuleContext,
  type Session,
  validateCatalog,
} from '../../src/core/index.js';

/** The clock every core test runs at unless it says otherwise. */
export const NOW = new Date('2026-03-15T12:00:00.000Z');

/** The request id makeCtx passes, as the API service would. */
export const REQUEST_ID = 'req_test0000000000000000000';

/** The example catalog of demo/catalog.json, validated. */
export const catalog: Catalog = (() => {
  const result = validateCatalog(demoCatalog);
  if (!result.ok) throw new Error(`demo catalog is invalid: ${result.problems.join('; ')}`);
  return result.catalog;
})();

/** A rule context at NOW on the example catalog, acting as the merchant. */
export function makeCtx(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    catalog,
    now: NOW,
    actor: 'merchant',
    actorName: null,
    requestId: REQUEST_ID,
    ...overrides,
  };
}

/**
 * An open guest session on `team` × 3 in USD, created at NOW through the real rules, with
 * `overrides` applied on top (shallow).
 * @example makeSession({ payment_status: 'paid', status: 'complete' })
 */
export function makeSession(
  overrides: Partial<Session> = {},
  request: Partial<CreateRequest> = {},
): Session {
  const result = createSession(
    {
      contract: { plan_id: 'team', quantity: 3, currency: 'USD' },
      customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
      ...request,
    },
    makeCtx(),
    '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  );
  if (!result.ok) throw new Error(`makeSession: ${JSON.stringify(result.failure)}`);
  return { ...result.session, ...overrides };
}

/** Freezes a value and everything in it, so a rule that mutates its input throws in tests. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
