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
 * https, and nothing a shopper could be misled by or a browser would read differently from us:
 * no userinfo (`https://shop.example@evil.example`), no backslash (browsers read it as `/`),
 * no IP-literal host (v4 in any of the forms WHATWG URL accepts, or [v6]), no port 0. Adds at
 * most one detail at `path`.
 */
export function checkRedirectUrl(value: string, path: string, details: ErrorDetail[]): void {
  if (value.length > maxRedirectUrl) {
    details.push(detail(path, 'url_too_long', `A URL has at most ${maxRedirectUrl} characters.`));
    return;
  }
  const scheme = webUrlScheme(value);
  const unsafe = scheme === undefined ? null : unsafeRedirect(value);
  if (scheme === undefined) {
    details.push(
      detail(path, 'invalid_url', 'Must be an absolute URL such as https://example.com/done.'),
    );
  } else if (unsafe) {
    details.push(detail(path, 'invalid_url', unsafe));
  } else if (scheme === 'http') {
    details.push(detail(path, 'url_not_https', 'Must use https.'));
  }
}

const ipv4Host = /^\d+\.\d+\.\d+\.\d+$/;

/** Why a well-formed web URL is no redirect target, or null. */
function unsafeRedirect(value: string): string | null {
  if (value.includes('\\')) return 'A URL cannot contain a backslash.';
  // The authority as written: from after `//` to the first `/`, `?` or `#`.
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(value)?.[1] ?? '';
  if (authority === '') return 'A URL needs a host after //.';
  if (authority.includes('@')) return 'A URL cannot carry a user name or password.';
  const url = new URL(value);
  if (url.hostname.startsWith('[') || ipv4Host.test(url.hostname)) {
    return 'The host must be a domain name, not an IP address.';
  }
  if (url.port === '0') return 'Port 0 is not a port a browser can open.';
  return null;
}
