import type { Estimate } from '../estimate.js';
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

interface Known {
  estimates: Estimate;
  /** The response's JSON text before and after the value of `computed_at`. */
  textAround: [before: string, after: string] | null;
  /** The last answer made from it: requests in the same millisecond share its body and text. */
  made?: { ms: number; body: { estimates: Estimate }; text: string | undefined };
}

const dayMs = 86_400_000;
// Longer bodies (contracts with many items) are rare and would let the cache's memory grow.
const maxBodyLength = 2048;
// JSON.stringify writes U+0000 as an escape; if the text ever held it elsewhere, the split
// below would find more than two parts and the text would simply not be kept.
const placeholder = '\u0000computed_at';

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
  const known = createLruMap<Known>(capacity);
  return {
    keyOf({ body, headers }, actor, now) {
      if (capacity <= 0 || body.kind !== 'text' || body.text.length > maxBodyLength) return null;
      if (!isJsonContentType(headers.contentType)) return null;
      // Days since the epoch: the UTC day without formatting a date per request.
      return `${actor} ${Math.floor(now.getTime() / dayMs)} ${body.text}`;
    },
    answer(key, now) {
      const hit = known.get(key);
      if (!hit) return undefined;
      // Under load many requests share a millisecond, so `computed_at` and with it the whole
      // answer: made once per millisecond (nothing downstream mutates a response body).
      const ms = now.getTime();
      let made = hit.made;
      if (made?.ms !== ms) {
        const computedAt = now.toISOString();
        const around = hit.textAround;
        made = {
          ms,
          body: { estimates: { ...hit.estimates, computed_at: computedAt } },
          text: around ? `${around[0]}${JSON.stringify(computedAt)}${around[1]}` : undefined,
        };
        hit.made = made;
      }
      const response: ApiResponse = jsonResponse(200, made.body);
      if (made.text !== undefined) response.bodyText = made.text;
      return response;
    },
    remember(key, estimates) {
      const text = JSON.stringify({ estimates: { ...estimates, computed_at: placeholder } });
      const parts = text.split(JSON.stringify(placeholder));
      known.set(key, {
        estimates,
        textAround: parts.length === 2 ? [parts[0] as string, parts[1] as string] : null,
      });
    },
  };
}
