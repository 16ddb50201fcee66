import type { ErrorDetail } from '../errors.js';
import type { AttributionInput } from '../requests.js';
import { type Attribution, attributionKeys } from '../session.js';
import { webUrlScheme } from './checkUrl.js';
import { detail } from './failures.js';

const maxLength = 500;

/**
 * Validates an attribution, which replaces the current one whole. Strings are at most 500
 * characters; referrer and landing_page are absolute http(s) URLs. Blank strings are left
 * out, and an attribution with nothing left is null.
 */
export function checkAttribution(
  input: AttributionInput,
  details: ErrorDetail[],
): Attribution | null {
  const next: Attribution = {};
  for (const key of attributionKeys) {
    const value = input[key];
    if (value === undefined || value === '') continue;
    const path = `attribution.${key}`;
    if (value.length > maxLength) {
      details.push(detail(path, 'too_long', `At most ${maxLength} characters.`));
    } else if ((key === 'referrer' || key === 'landing_page') && !webUrlScheme(value)) {
      details.push(detail(path, 'invalid_url', 'Must be an absolute http or https URL.'));
    } else next[key] = value;
  }
  return Object.keys(next).length === 0 ? null : next;
}
