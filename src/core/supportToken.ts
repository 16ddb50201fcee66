import * as z from 'zod/mini';

// One instance for every text field (a schema is immutable): fewer bytes in the widget's bundle.
const text = /* @__PURE__ */ z.string();

/**
 * The answer of `POST /checkout_session/{id}/support_tokens`: the only time the token is
 * shown (the server keeps its hash). It reads, previews and updates its one session until
 * `expires_at`; it cannot confirm.
 */
export const supportTokenSchema = /* @__PURE__ */ z.object({
  object: /* @__PURE__ */ z.literal('support_token'),
  /** `st_` and 43 characters of base64url: the Bearer token for the support agent. */
  token: text,
  session_id: text,
  /** Who the token is for, as the audit trail names them (`actor_name`). */
  actor: text,
  expires_at: text,
});
export type SupportToken = z.infer<typeof supportTokenSchema>;
