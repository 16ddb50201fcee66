import type { Catalog, Contract } from '../../core/index.js';
import { computeEstimate } from '../../core/rules/computeEstimate.js';
import { fill } from '../fill.js';
import { totalPerInterval } from '../format.js';
import type { HistoryContext, HistoryEntry } from './describeAuditEntry.js';

/**
 * The contract before and after each entry, newest entry first, rebuilt backwards from the
 * current contract through each entry's `contract.*` changes. Undefined where that cannot be
 * done (a value the server recorded shortened).
 */
function contractsByEntry(current: Contract, newestFirst: HistoryEntry[]) {
  const result: ({ before: Contract; after: Contract } | undefined)[] = [];
  let after: Contract | undefined = current;
  for (const entry of newestFirst) {
    if (!after) {
      result.push(undefined);
      continue;
    }
    const before: Record<string, unknown> = { ...after };
    let known = true;
    for (const { field, from } of entry.changes) {
      if (!field.startsWith('contract.')) continue;
      const key = field.slice('contract.'.length);
      if (from !== null && typeof from === 'object' && !Array.isArray(from)) known = false;
      if (from === null) delete before[key];
      else before[key] = from;
    }
    result.push({ before: before as Contract, after });
    after = known ? (before as Contract) : undefined;
  }
  return result;
}

function total(ctx: HistoryContext, catalog: Catalog, contract: Contract, now: Date) {
  try {
    return totalPerInterval(ctx.t, computeEstimate(contract, catalog, now), ctx.locale);
  } catch {
    // A plan or product no longer in the catalog: the price cannot be told.
    return undefined;
  }
}

/**
 * For each entry (newest first) that changed the contract, the price it moved, as
 * "Total: $36.00 / month → $60.00 / month", priced with today's catalog and the same rules as
 * the server; undefined for entries that did not change the contract, or could not be priced.
 * @example priceChanges(ctx, session.contract, entries, new Date())[0] // 'Total: $36.00 / month → $60.00 / month'
 */
export function priceChanges(
  ctx: HistoryContext,
  current: Contract,
  newestFirst: HistoryEntry[],
  now: Date,
): (string | undefined)[] {
  const { catalog } = ctx;
  const contracts = contractsByEntry(current, newestFirst);
  return newestFirst.map((entry, index) => {
    const pair = contracts[index];
    if (!catalog || !pair || !entry.changes.some((c) => c.field.startsWith('contract.')))
      return undefined;
    const from = total(ctx, catalog, pair.before, now);
    const to = total(ctx, catalog, pair.after, now);
    if (!from || !to || from === to) return undefined;
    return fill(ctx.t.history_change, { field: ctx.t.total, from, to });
  });
}
