const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const idLength = 24;

/**
 * A fresh request id, `req_` and 24 random characters of [A-Za-z0-9] (about 143 bits), as the
 * `Request-Id` header, `error.request_id`, audit entries and log lines carry it. The API service
 * makes one per request; transport adapters call it too for answers they give themselves (a
 * 413 from the body cap, an injected fault) so that every response has one.
 * @example newRequestId() // 'req_8fK2cQx0LmZ3vT9aWbN1pR7e'
 */
export function newRequestId(crypto: Pick<Crypto, 'getRandomValues'> = globalThis.crypto): string {
  let id = 'req_';
  while (id.length < idLength + 4) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      // 248 = 4 × 62: dropping the rest keeps every character equally likely.
      if (byte < 248 && id.length < idLength + 4) id += alphabet[byte % 62];
    }
  }
  return id;
}
