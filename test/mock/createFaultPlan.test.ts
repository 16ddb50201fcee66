import { describe, expect, it } from 'vitest';
import { createFaultPlan } from '../../src/mock/createFaultPlan.js';

describe('createFaultPlan', () => {
  it.each([
    ['nothing planned', {}, ['pass', 'pass']],
    ['one fault for every call', { update: 'network' as const }, ['network', 'network']],
    [
      'a sequence, then pass',
      { update: ['network', 500, null] as const },
      ['network', 500, 'pass', 'pass'],
    ],
  ])('%s', (_name, failures, expected) => {
    const plan = createFaultPlan(failures);
    const actions = expected.map(() => plan.next('update').action);
    expect(actions).toEqual(expected);
    expect(plan.next('summary').action).toBe('pass');
  });

  it('reads delays and custom bodies from the object form', () => {
    const plan = createFaultPlan({ get: { delayMs: 50, action: 409, body: { error: {} } } });
    expect(plan.next('get')).toEqual({ action: 409, delayMs: 50, body: { error: {} } });
  });

  it('restarts sequences when the plans are replaced', () => {
    const plan = createFaultPlan({ update: ['network'] });
    expect(plan.next('update').action).toBe('network');
    plan.replace({ update: ['response_lost'] });
    expect(plan.next('update').action).toBe('response_lost');
    expect(plan.next('update').action).toBe('pass');
  });

  it('runs one-shot faults first, in order, without advancing the planned sequence', () => {
    const plan = createFaultPlan({ update: ['network', 500] });
    plan.once('update', 503);
    plan.once('update', { delayMs: 20 });
    expect(plan.next('update')).toEqual({ action: 503, delayMs: 0 });
    expect(plan.next('update')).toEqual({ action: 'pass', delayMs: 20 });
    expect(plan.next('update').action).toBe('network');
    expect(plan.next('update').action).toBe(500);
    expect(plan.next('update').action).toBe('pass');
    expect(plan.next('summary').action).toBe('pass');
  });
});
