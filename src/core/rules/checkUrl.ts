import type { ErrorDetail } from '../errors.js';
import { detail } from './failures.js';

const maxRedirectUrl = 2083;
const schemeRe = /^([A-Za-z][A-Za-z0-9+.-]*):/;

/**
 * The scheme (`http` or `https`) of a well-formed absolute web URL, else undefined. Relative,
 * scheme-less (`//host`), `javascript:`, `data:` and URLs with spaces or no host all fail.
 */
export function webUrlScheme(value: string): 'http' | 'https' | undefined {
  // Any whitespace or control character: browsers would "fix" it silently; we refuse instead.
  if (/[\s\p{Cc}]/u.test(value)) return undefined;
  const scheme = schemeRe.exec(value)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  // WHATWG URL would accept `https:host`; an absolute URL spells out the `//`.
  if (!value.slice(scheme.length + 1).startsWith('//')) return undefined;
  try {
    return new URL(value).hostname === '' ? undefined : scheme;
  } catch {
    return undefined;
  }
}

/**
 * Checks a redirect URL (success_url, cancel_url, pending_url): 1..2083 characters, absolute,
 * https. Adds at most one detail at `path`.
 */
export function checkRedirectUrl(value: string, path: string, details: ErrorDetail[]): void {
  if (value.length > maxRedirectUrl) {
    details.push(detail(path, 'url_too_long', `A URL has at most ${maxRedirectUrl} characters.`));
    return;
  }
  const scheme = webUrlScheme(value);
  if (scheme === undefined) {
    details.push(
      detail(path, 'invalid_url', 'Must be an absolute URL such as https://example.com/done.'),
    );
  } else if (scheme === 'http') {
    details.push(detail(path, 'url_not_https', 'Must use https.'));
  }
}
