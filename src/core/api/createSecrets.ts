/** The part of Web Crypto the API needs; `globalThis.crypto` in Node 20 and in browsers. */
export type WebCrypto = Pick<Crypto, 'getRandomValues' | 'subtle'>;

/** Session ids, client secrets and hashes, on an injectable Web Crypto. */
export interface Secrets {
  /** A random UUID v4 (built from getRandomValues: randomUUID needs a secure context). */
  newSessionId(): string;
  /** `cs_<session id>_secret_<43 chars of base64url>`: 256 random bits, bound to the session. */
  newClientSecret(sessionId: string): string;
  /** The session a well-formed client secret names, or null for anything else. */
  sessionIdOfClientSecret(token: string): string | null;
  /** `st_<43 chars of base64url>`: 256 random bits; found by its hash, not by a session id. */
  newSupportToken(): string;
  /** Whether a bearer token is shaped like a support token (worth looking up). */
  isSupportToken(token: string): boolean;
  /** Hex SHA-256 of a UTF-8 string. */
  sha256Hex(text: string): Promise<string>;
}

const supportTokenPattern = /^st_[A-Za-z0-9_-]{43}$/;

const clientSecretPattern =
  /^cs_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_secret_[A-Za-z0-9_-]{43}$/;

/** A synchronous hex SHA-256 of a UTF-8 string, e.g. node:crypto's `hash('sha256', text, 'hex')`. */
export type Sha256HexSync = (text: string) => string;

/**
 * Creates the secret helpers. The client secret carries its session id (as Stripe's do) so a
 * bearer token can be checked against one stored hash without an index on hashes. Hashing uses
 * `sha256HexSync` when given (the server passes node:crypto's `hash`: microseconds, where Web
 * Crypto's `subtle.digest` is a thread-pool job per call, ~12 % of a summary request's CPU in
 * docs/performance.md), else `subtle.digest`; either way `sha256Hex` resolves with the hex.
 */
export function createSecrets(crypto: WebCrypto, sha256HexSync?: Sha256HexSync): Secrets {
  const hex = (bytes: Uint8Array) =>
    Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return {
    newSessionId() {
      const b = crypto.getRandomValues(new Uint8Array(16));
      b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
      b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
      const h = hex(b);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    newClientSecret(sessionId) {
      const bytes = crypto.getRandomValues(new Uint8Array(32));
      return `cs_${sessionId}_secret_${base64Url(bytes)}`;
    },
    sessionIdOfClientSecret(token) {
      return clientSecretPattern.exec(token)?.[1] ?? null;
    },
    newSupportToken() {
      return `st_${base64Url(crypto.getRandomValues(new Uint8Array(32)))}`;
    },
    isSupportToken(token) {
      return supportTokenPattern.test(token);
    },
    async sha256Hex(text) {
      if (sha256HexSync) return sha256HexSync(text);
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return hex(new Uint8Array(digest));
    },
  };
}

/**
 * Compares two strings in time that depends only on their lengths, so a timing side channel
 * cannot reveal how much of a secret hash matched. Callers compare fixed-length hashes.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

function base64Url(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += alphabet[(value >> bits) & 63];
    }
  }
  if (bits > 0) out += alphabet[(value << (6 - bits)) & 63];
  return out;
}
