import { checkSupportTokenRequest, parseSupportTokenRequest } from '../rules/index.js';
import type { SupportToken } from '../supportToken.js';
import type { ApiRequest, ApiResponse } from './apiRequest.js';
import type { Caller } from './authenticate.js';
import type { Secrets } from './createSecrets.js';
import { readJsonBody } from './readJsonBody.js';
import { failureResponse, jsonResponse, sessionNotFound, unauthorized } from './responses.js';
import type { Store } from './store.js';

/** What minting needs from the service. */
export interface MintContext {
  store: Store;
  secrets: Secrets;
  now: Date;
}

/**
 * `POST /checkout_session/{id}/support_tokens`, after authentication and the session id check:
 * secret key only (401 otherwise, as for creation) → 413 / 415 / 400 body → 404 → 422 ranges →
 * 201 with the token, shown this once and stored as its hash. Works on a session in any state.
 * Not idempotent: a retry mints a second token, and both expire on their own.
 */
export async function mintSupportToken(
  request: ApiRequest,
  id: string,
  caller: Caller,
  { store, secrets, now }: MintContext,
): Promise<ApiResponse> {
  if (caller.actor !== 'merchant')
    return unauthorized('Minting a support token needs the secret key.');
  const body = readJsonBody(request.body, request.headers.contentType);
  if (!body.ok) return failureResponse(body.failure);
  const parsed = parseSupportTokenRequest(body.json);
  if (!parsed.ok) return failureResponse(parsed.failure);
  if (!(await store.get(id))) return sessionNotFound(id);
  const checked = checkSupportTokenRequest(parsed.value);
  if (!checked.ok) return failureResponse(checked.failure);
  const token = secrets.newSupportToken();
  const expiresAt = new Date(now.getTime() + checked.ttlSeconds * 1000).toISOString();
  await store.insertSupportToken({
    tokenHash: await secrets.sha256Hex(token),
    sessionId: id,
    actor: checked.actor,
    expiresAt,
    createdAt: now.toISOString(),
  });
  const answer: SupportToken = {
    object: 'support_token',
    token,
    session_id: id,
    actor: checked.actor,
    expires_at: expiresAt,
  };
  return jsonResponse(201, answer);
}
