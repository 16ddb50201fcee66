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
// A miss costs: the key, the lookup, and estimates kept until the LRU drops them again. With
// bodies that never repeat that was 15.5 → 13.2 µs a request in-process, the whole handler
// (docs/performance.md). So the cache counts its hits over windows of `window` lookups; after a
// window with fewer than one hit in `minHitRate`, the next `pause` requests skip it, and then it
// is measured again. Answers are the same either way; only the time to make them differs.
const window = 256;
const minHitRate = 8;
const pause = 7 * window;

/**
 * Remembers the last `capacity` successful summary answers. Pricing is a pure function of the
 * request body, the catalog (fixed for the service's life), the UTC day (today is the default
 * and earliest start date; billing dates follow) and who asks: a storefront's shoppers preview
 * the same few contracts over and over, and a remembered answer skips parsing, validation and
 * pricing. The key is the body text as sent, so only a byte-identical body that already priced
 * successfully can hit, and only after the checks that come before parsing (a JSON
 * Content-Type) passed again. Only `computed_at` is new in a remembered answer. While fewer than
 * one lookup in eight hits, it is mostly skipped (see `window` above).
 * @example const cache = createSummaryCache(1000); const key = cache.keyOf(request, 'client', now);
 */
export function createSummaryCache(capacity: number): SummaryCache {
  const known = createLruMap<Estimate>(capacity);
  let lookups = 0;
  let hits = 0;
  let skipsLeft = 0;
  return {
    keyOf({ body, headers }, actor, now) {
      if (capacity <= 0 || body.kind !== 'text' || body.text.length > maxBodyLength) return null;
      if (!isJsonContentType(headers.contentType)) return null;
      if (skipsLeft > 0) {
        skipsLeft -= 1;
        return null;
      }
      // Days since the epoch: the UTC day without formatting a date per request.
      return `${actor} ${Math.floor(now.getTime() / dayMs)} ${body.text}`;
    },
    answer(key, now) {
      const estimates = known.get(key);
      if (estimates) hits += 1;
      if (++lookups === window) {
        if (hits * minHitRate < window) skipsLeft = pause;
        lookups = 0;
        hits = 0;
      }
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
