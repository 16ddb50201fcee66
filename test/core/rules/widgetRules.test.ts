import { describe, expect, it } from 'vitest';
import type { Offer } from '../../../src/core/index.js';
import { checkSessionState } from '../../../src/core/rules/checkSessionState.js';
import { clampQuantity } from '../../../src/core/rules/clampQuantity.js';
import { isEmail } from '../../../src/core/rules/isEmail.js';
import { planQuantityRange } from '../../../src/core/rules/planQuantityRange.js';
import { readOnlyReason } from '../../../src/core/rules/readOnlyReason.js';
import { startDateWindow } from '../../../src/core/rules/startDateWindow.js';
import { catalog, makeSession, NOW } from '../factories.js';

// The pieces of the API's rules the widget imports to check early: one home, both sides.
describe('isEmail', () => {
  it.each([
    ['ada@example.com', true],
    ['a.b+c@mail.example.org', true],
    ['ada@example', false],
    ['ada example@x.io', false],
    ['@example.com', false],
    ['ada@@example.com', false],
    ['ada@.example.com', false],
  ])('%s → %s', (value, expected) => {
    expect(isEmail(value)).toBe(expected);
  });
});

describe('clampQuantity', () => {
  const range = { min: 2, max: 10 };
  it.each([
    [5, 5],
    [1, 2],
    [11, 10],
    [undefined, 2],
    [Number.NaN, 2],
    [2.5, 2],
  ])('%s → %s', (quantity, expected) => {
    expect(clampQuantity(quantity, range)).toBe(expected);
  });
});

describe('planQuantityRange', () => {
  const plans: Offer[] = catalog.plans;
  it("is the plan's range, or exactly 1 without one", () => {
    const ranged = plans.find((plan) => plan.quantity);
    expect(ranged).toBeDefined();
    expect(planQuantityRange(plans, ranged?.id ?? '')).toEqual(ranged?.quantity);
    expect(planQuantityRange(plans, 'no_such_plan')).toEqual({ min: 1, max: 1 });
  });
});

describe('startDateWindow', () => {
  it('runs from today (UTC) to 365 days ahead', () => {
    expect(startDateWindow(new Date('2026-12-01T23:30:00-05:00'))).toEqual({
      min: '2026-12-02',
      max: '2027-12-02',
    });
  });
});

describe("readOnlyReason: the API's state check, named for the shopper", () => {
  it.each([
    [{}, undefined],
    [{ status: 'complete' }, 'complete'],
    [{ status: 'expired' }, 'expired'],
    [{ expires_at: new Date(NOW.getTime() - 1).toISOString() }, 'expired'],
    [{ payment_status: 'processing' }, 'payment_in_progress'],
    [{ payment_status: 'failed' }, 'payment_failed'],
    [{ status: 'complete', payment_status: 'paid' }, 'paid'],
  ] as const)('%o → %s', (overrides, reason) => {
    const session = makeSession(overrides);
    expect(readOnlyReason(session, NOW)).toBe(reason);
    // Read-only exactly when the API would refuse the update.
    expect(readOnlyReason(session, NOW) === undefined).toBe(
      checkSessionState(session, NOW, undefined) === undefined,
    );
  });
});
