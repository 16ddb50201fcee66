import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  applyUpdate,
  type Session,
  type UpdateRequest,
} from '../../src/core/index.js';
import { makeSession, NOW } from './factories.js';
import { changed, ctx, rejected } from './helpers/applyUpdate.js';

/* applyUpdate checks in a fixed order: closed, payment started, If-Match, validation, limit. */

function sessionWithTrail(length: number): Session {
  const entry: AuditEntry = {
    at: NOW.toISOString(),
    version: 2,
    actor: 'client',
    actor_name: null,
    request_id: 'req_earlier00000000000000000',
    reason: null,
    note: null,
    changes: [],
  };
  return makeSession({ custom_data: { audit_trail: Array.from({ length }, () => entry) } });
}

const invalid: UpdateRequest = { success_url: 'javascript:alert(1)' };
const change: UpdateRequest = { contract: { plan_id: 'team', quantity: 5, currency: 'USD' } };

describe('applyUpdate: the order of checks', () => {
  it.each<[string, Session, UpdateRequest, number | undefined, object]>([
    [
      'expired beats everything',
      makeSession({ expires_at: NOW.toISOString() }),
      invalid,
      99,
      { httpStatus: 409, code: 'session_not_open', status: 'expired' },
    ],
    [
      'complete beats everything',
      makeSession({ status: 'complete', payment_status: 'paid' }),
      invalid,
      99,
      { httpStatus: 409, code: 'session_not_open', status: 'complete' },
    ],
    [
      'expired while processing is still not open',
      makeSession({ payment_status: 'processing', expires_at: NOW.toISOString() }),
      change,
      undefined,
      { code: 'session_not_open', status: 'expired' },
    ],
    [
      'payment processing beats If-Match',
      makeSession({ payment_status: 'processing' }),
      invalid,
      99,
      { httpStatus: 409, code: 'payment_already_started' },
    ],
    [
      'payment failed beats If-Match',
      makeSession({ payment_status: 'failed' }),
      invalid,
      99,
      { httpStatus: 409, code: 'payment_already_started' },
    ],
    [
      'If-Match beats validation',
      makeSession(),
      invalid,
      2,
      { httpStatus: 412, code: 'version_conflict' },
    ],
    [
      'validation beats the update limit',
      sessionWithTrail(200),
      invalid,
      undefined,
      { httpStatus: 422, code: 'validation_failed' },
    ],
    [
      'the limit stops a changing update',
      sessionWithTrail(200),
      change,
      1,
      { httpStatus: 409, code: 'update_limit_reached' },
    ],
  ])('%s', (_, session, req, ifMatch, expected) => {
    expect(rejected(session, req, ifMatch)).toMatchObject(expected);
  });

  it('lets a matching If-Match through', () => {
    expect(applyUpdate(makeSession(), change, ctx, { ifMatch: 1 }).kind).toBe('changed');
  });

  it('still accepts a no-op at the limit, and a change just below it', () => {
    expect(applyUpdate(sessionWithTrail(200), { success_url: null }, ctx, {}).kind).toBe(
      'unchanged',
    );
    const outcome = changed(sessionWithTrail(199), change);
    expect(outcome.session.custom_data.audit_trail).toHaveLength(200);
  });
});
