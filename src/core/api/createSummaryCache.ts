import type { Estimate } from '../estimate.js';
import { dayMs } from '../rules/index.js';
import type { ApiRequest, ApiResponse } from './apiRequest.js';
import { createLruMap } from './createLruMap.js';
import { isJsonContentType } from './readJsonBody.js';
import { jsonResponse } from './responses.js';

/** Remembered answers of `POST /checkout_session/summary`. */
export interface SummaryCache {
  /** The key this request's answer is remembered under, or null when it must not be. */
  keyOf(request: ApiRequest, actor: string, now: Date): string | null;
  /** The answer remembered under `key`, with `computed_at` = now, or undefined. */
  answer(key: string, now: Date): ApiResponse | undefined;
  /** Remembers a successful answer. */
  remember(key: string, estimates: Estimate): void;
}

// Longer bodies (contracts with many items) are rare and would let the cache's memory grow.
const maxBodyLength = 2048;

/**
 * Remembers the last `capacity` successful summary answers. Pricing is a pure function of the
 * request body, the catalog (fixed for the service's life), the UTC day (today is the default
 * and earliest start date; billing dates follow) and who asks: a storefront's shoppers preview
 * the same few contracts over and over, and a remembered answer skips parsing, validation and
 * pricing. The key is the body text as sent, so only a byte-identical body that already priced
 * successfully can hit, and only after the checks that come before parsing (a JSON
 * Content-Type) passed again. Only `computed_at` is new in a remembered answer.
 * @example const cache = createSummaryCache(1000); const key = cache.keyOf(request, 'client', now);
 */
export function createSummaryCache(capacity: number): SummaryCache {
  const known = createLruMap<Estimate>(capacity);
  return {
    keyOf({ body, headers }, actor, now) {
      if (capacity <= 0 || body.kind !== 'text' || body.text.length > maxBodyLength) return null;
      if (!isJsonContentType(headers.contentType)) return null;
      // Days since the epoch: the UTC day without formatting a date per request.
      return `${actor} ${Math.floor(now.getTime() / dayMs)} ${body.text}`;
    },
    answer(key, now) {
      const estimates = known.get(key);
      return (
        estimates &&
        jsonResponse(200, { estimates: { ...estimates, computed_at: now.toISOString() } })
      );
    },
    remember(key, estimates) {
      known.set(key, estimates);
    },
  };
}
