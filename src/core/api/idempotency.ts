import type { ApiRequest, ApiResponse } from './apiRequest.js';
import { canonicalJson } from './canonicalJson.js';
import type { Secrets } from './createSecrets.js';
import { isUnstorableText } from './findUnstorableText.js';
import { etagOf, failureResponse } from './responses.js';
import type { StoreTx } from './store.js';

/** An Idempotency-Key in its scope, with the hash of the body it came with. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  requestHash: string;
}

/** How long a key is remembered (api.md: 24 hours). */
export const idempotencyWindowMs = 24 * 60 * 60 * 1000;

/**
 * The oldest `created_at` (ISO datetime) of a record still in the window at `now`: replays look
 * no further back, and the stores' purges forget what is older.
 * @example idempotencyNotBefore(new Date('2026-03-15T12:00:00Z')) // '2026-03-14T12:00:00.000Z'
 */
export function idempotencyNotBefore(now: Date | number): string {
  return new Date(new Date(now).getTime() - idempotencyWindowMs).toISOString();
}

/**
 * The one key a store files an idempotency record under: its scope and key together.
 * @example idempotencyId('create:ab12…', 'order-7') // '["create:ab12…","order-7"]'
 */
export function idempotencyId(scope: string, key: string): string {
  return JSON.stringify([scope, key]);
}

/** Keys are opaque to us, but bounded (api.md: <= 255 chars), never empty, no control chars. */
export function isValidIdempotencyKey(key: string): boolean {
  if (key.length < 1 || key.length > 255 || isUnstorableText(key)) return false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

/**
 * Inside the write transaction: serialises requests sharing the key, then returns the first
 * response to replay, a 422 for a reused key with a different body, or null to go ahead.
 */
export async function replayIdempotent(
  tx: StoreTx,
  claim: IdempotencyClaim,
  now: Date,
): Promise<ApiResponse | null> {
  await tx.lockIdempotencyKey(claim.scope, claim.key);
  const record = await tx.getIdempotency(claim.scope, claim.key, idempotencyNotBefore(now));
  if (!record) return null;
  if (record.requestHash !== claim.requestHash) {
    return failureResponse({
      httpStatus: 422,
      code: 'idempotency_key_reused',
      message: 'This Idempotency-Key was already used with a different request body.',
    });
  }
  const headers: Record<string, string> = { 'idempotent-replayed': 'true' };
  const version = (record.body as { version?: unknown } | null)?.version;
  if (typeof version === 'number') headers.etag = etagOf(version);
  return { status: record.status, headers, body: record.body };
}

/** Stores a 2xx response under the key, in the same transaction as the write it describes. */
export async function rememberIdempotent(
  tx: StoreTx,
  claim: IdempotencyClaim,
  response: ApiResponse,
  sessionId: string | null,
  now: Date,
): Promise<void> {
  if (response.status < 200 || response.status > 299) return;
  await tx.putIdempotency({
    scope: claim.scope,
    key: claim.key,
    requestHash: claim.requestHash,
    status: response.status,
    body: response.body,
    sessionId,
    createdAt: now.toISOString(),
  });
}

/**
 * The Idempotency-Key claim of a request in `scope`: null without a key, the 400 for a bad key,
 * else the key with the hash of the body by meaning (canonical JSON, so key order and
 * whitespace do not make a retry a different body).
 * @example const claim = await claimOf(request, `create:${hash}`, json, secrets);
 */
export async function claimOf(
  request: ApiRequest,
  scope: string,
  json: unknown,
  secrets: Pick<Secrets, 'sha256Hex'>,
): Promise<IdempotencyClaim | ApiResponse | null> {
  const key = request.headers.idempotencyKey;
  if (key === undefined) return null;
  if (!isValidIdempotencyKey(key)) {
    return failureResponse({
      httpStatus: 400,
      code: 'invalid_request',
      message: 'Idempotency-Key must be 1 to 255 characters.',
      details: [{ path: 'Idempotency-Key', code: 'too_long', message: 'At most 255 characters.' }],
    });
  }
  return { scope, key, requestHash: await secrets.sha256Hex(canonicalJson(json ?? null)) };
}
