/** The API calls a fault can target, named like the client's methods. */
export type MockOperation = 'create' | 'get' | 'update' | 'confirm' | 'summary' | 'catalog';

/**
 * What happens to one call:
 * - `'pass'` (or `null`): the backend answers normally.
 * - `'network'`: the request never reaches the backend and `fetch` rejects; nothing is written.
 * - `'response_lost'`: the backend handles the request (and writes), then the connection drops,
 *   which is the case an `Idempotency-Key` exists for.
 * - a number: that HTTP status with an `internal_error`-style body; nothing is written.
 */
export type FaultAction = 'pass' | 'network' | 'response_lost' | number;

/** One call's fault: an action, optionally after a delay, optionally with a custom error body. */
export type Fault = FaultAction | null | { delayMs?: number; action?: FaultAction; body?: unknown };

/**
 * Faults for one operation: a single fault applies to every call; a list applies to the calls
 * in order (the first entry to the first call…) and every later call passes.
 *
 * @example
 * { summary: 500, update: ['network', 'pass'], get: { delayMs: 2000 } }
 */
export type FaultPlan = Fault | readonly Fault[];

/** Faults per operation, the `failures` option of `createMockBackend`. */
export type MockFailures = Partial<Record<MockOperation, FaultPlan>>;

/** A fault resolved for one call. */
export interface ResolvedFault {
  action: FaultAction;
  delayMs: number;
  body?: unknown;
}

/**
 * Hands out the fault of each call in turn; `replace` swaps the plans and restarts the counts;
 * `once` queues a fault for the next call to one operation, ahead of its plan (whose count
 * that call does not advance).
 */
export interface FaultSchedule {
  next(operation: MockOperation): ResolvedFault;
  replace(failures: MockFailures): void;
  once(operation: MockOperation, fault: Fault): void;
}

const resolve = (fault: Fault | undefined): ResolvedFault => {
  if (fault === null || fault === undefined) return { action: 'pass', delayMs: 0 };
  if (typeof fault === 'object') {
    const resolved: ResolvedFault = { action: fault.action ?? 'pass', delayMs: fault.delayMs ?? 0 };
    if (fault.body !== undefined) resolved.body = fault.body;
    return resolved;
  }
  return { action: fault, delayMs: 0 };
};

const isList = (plan: FaultPlan): plan is readonly Fault[] => Array.isArray(plan);

/** Turns `failures` into a per-call schedule. */
export function createFaultPlan(initial: MockFailures = {}): FaultSchedule {
  let plans: MockFailures = initial;
  let counts = new Map<MockOperation, number>();
  const queued = new Map<MockOperation, Fault[]>();
  return {
    next(operation) {
      const first = queued.get(operation)?.shift();
      if (first !== undefined) return resolve(first);
      const plan = plans[operation];
      if (plan === undefined) return resolve(undefined);
      if (!isList(plan)) return resolve(plan);
      const index = counts.get(operation) ?? 0;
      counts.set(operation, index + 1);
      return resolve(plan[index]);
    },
    replace(failures) {
      plans = failures;
      counts = new Map();
    },
    once(operation, fault) {
      const list = queued.get(operation) ?? [];
      list.push(fault);
      queued.set(operation, list);
    },
  };
}
