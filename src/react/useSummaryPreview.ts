import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CheckoutError } from '../client/index.js';
import type { ContractInput, Estimate } from '../core/index.js';
import { summaryQuery } from './summaryQuery.js';
import { toCheckoutError } from './toCheckoutError.js';
import { useCheckoutContext } from './useCheckoutContext.js';
import { useDebouncedValue } from './useDebouncedValue.js';

/** The live price of the contract being edited. */
export type SummaryPreview =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; estimates: Estimate; isUpdating: boolean }
  | { kind: 'failed'; error: CheckoutError; estimates: Estimate | undefined };

/** Options of {@link useSummaryPreview}. */
export interface SummaryPreviewOptions {
  /** Quiet time after the last edit before a request is sent. Default 300 ms. */
  debounceMs?: number | undefined;
}

/**
 * Prices a contract through `POST /checkout_session/summary` as it is edited: one request per
 * burst of edits, the previous request aborted when a newer one starts, the previous figures
 * kept (with `isUpdating`) until the new ones arrive. Pass `null` for "nothing to price"
 * (invalid input sends no request).
 * @example
 * const preview = useSummaryPreview(valid ? { plan_id, quantity, currency } : null);
 * if (preview.kind === 'ready') show(preview.estimates.total, preview.isUpdating);
 */
export function useSummaryPreview(
  contract: ContractInput | null,
  options: SummaryPreviewOptions = {},
): SummaryPreview {
  const { client, queryClient } = useCheckoutContext();
  // Debounce a string: a contract object rebuilt on every render would reset the timer.
  const key = contract === null ? null : JSON.stringify(contract);
  const settledKey = useDebouncedValue(key, options.debounceMs ?? 300);
  const settled = useMemo(
    () => (settledKey === null ? null : (JSON.parse(settledKey) as ContractInput)),
    [settledKey],
  );
  const query = useQuery(
    {
      ...summaryQuery(client, settled ?? ({} as ContractInput)),
      enabled: settled !== null,
      // Keyed by contract: a late answer for an older contract lands in its own cache entry and
      // is never shown for the current one.
      placeholderData: keepPreviousData,
    },
    queryClient,
  );

  if (key === null) return { kind: 'idle' };
  const waiting = key !== settledKey;
  if (query.isError && !query.isFetching && !waiting) {
    return { kind: 'failed', error: toCheckoutError(query.error), estimates: undefined };
  }
  if (query.data) {
    return {
      kind: 'ready',
      estimates: query.data,
      isUpdating: waiting || query.isPlaceholderData || query.isFetching,
    };
  }
  return { kind: 'loading' };
}
