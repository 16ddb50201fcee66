const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const idLength = 24;

type RandomSource = Pick<Crypto, 'getRandomValues'>;

// Random bytes drawn 4 KiB at a time (about 160 ids): one getRandomValues call per request was
// ~12 % of a summary request's CPU (docs/performance.md, issue 13). Every id is still made of
// fresh random bytes from the crypto it names; a different crypto starts a new pool.
const poolBytes = 4096;
let pool = new Uint8Array(0);
let used = 0;
let source: RandomSource | undefined;

function randomByte(crypto: RandomSource): number {
  if (crypto !== source || used === pool.length) {
    source = crypto;
    pool = crypto.getRandomValues(new Uint8Array(poolBytes));
    used = 0;
  }
  return pool[used++] as number;
}

/**
 * A fresh request id, `req_` and 24 random characters of [A-Za-z0-9] (about 143 bits), as the
 * `Request-Id` header, `error.request_id`, audit entries and log lines carry it. Unguessable, and
 * it says nothing about the process or how many requests it served (a counter would). The
 * request handler makes one per request; the API service and the transport adapters call it too
 * for answers they give themselves (a 413 from the body cap, an injected fault).
 * @example newRequestId() // 'req_8fK2cQx0LmZ3vT9aWbN1pR7e'
 */
export function newRequestId(crypto: RandomSource = globalThis.crypto): string {
  let id = 'req_';
  while (id.length < idLength + 4) {
    const byte = randomByte(crypto);
    // 248 = 4 × 62: dropping the rest keeps every character equally likely.
    if (byte < 248) id += alphabet[byte % 62];
  }
  return id;
}
