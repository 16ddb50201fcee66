import type { Failure } from '../errors.js';
import type { ConfirmRequest, UpdateRequest } from '../requests.js';
import {
  applyUpdate,
  checkFieldPermissions,
  confirmSession,
  parseConfirmRequest,
  parseUpdateRequest,
  type RuleContext,
} from '../rules/index.js';
import type { Actor, Session } from '../session.js';
import { boundAuditEntry } from './boundAuditEntry.js';
import type { Secrets } from './createSecrets.js';
import { forbidden } from './responses.js';

export type SessionWrite = (
  session: Session,
  ctx: RuleContext,
  ifMatch: number | undefined,
) => Promise<{ ok: true; session: Session } | { ok: false; failure: Failure }>;

/** PATCH and confirm: the same checks around a different rule. */
export interface WriteEndpoint<T> {
  method: 'PATCH' | 'POST';
  suffix: '' | '/confirm';
  parse: (json: unknown) => { ok: true; value: T } | { ok: false; failure: Failure };
  /** The 403 for what this caller may not do with this request, else null. */
  guard: (req: T, actor: Actor) => Failure | null;
  rule: (req: T, secrets: Secrets) => SessionWrite;
}

/** PATCH: shopper fields only with a client secret; long audit values shortened. */
export const updateEndpoint: WriteEndpoint<UpdateRequest> = {
  method: 'PATCH',
  suffix: '',
  parse: parseUpdateRequest,
  guard: checkFieldPermissions,
  rule: (req, secrets) => async (session, ctx, ifMatch) => {
    const result = applyUpdate(session, req, ctx, ifMatch === undefined ? {} : { ifMatch });
    if (result.kind === 'rejected') return { ok: false, failure: result.failure };
    if (result.kind === 'unchanged') return { ok: true, session: result.session };
    return { ok: true, session: await boundAuditEntry(result.session, secrets.sha256Hex) };
  },
};

/** Confirm: not with a support token. */
export const confirmEndpoint: WriteEndpoint<ConfirmRequest> = {
  method: 'POST',
  suffix: '/confirm',
  parse: parseConfirmRequest,
  guard: (_req, actor) =>
    actor === 'support'
      ? forbidden('A support token cannot confirm; the shopper or the merchant confirms.')
      : null,
  rule: (req) => async (session, ctx, ifMatch) =>
    confirmSession(session, req, ctx, ifMatch === undefined ? {} : { ifMatch }),
};
