import { describe, expect, it } from 'vitest';
import {
  type ConfirmRequest,
  type CreateRequest,
  confirmSession,
  createSession,
  effectiveStatus,
  type Session,
  summarize,
} from '../../src/core/index.js';
import { makeCtx, makeSession, NOW } from './factories.js';

const ctx = makeCtx();
const id = '0b6e2f9a-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

function created(req: CreateRequest): Session {
  const result = createSession(req, ctx, id);
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result.session;
}

function createProblems(req: CreateRequest) {
  const result = createSession(req, ctx, id);
  if (result.ok) throw new Error('expected a rejection');
  return result.failure.details?.map(({ path, code }) => ({ path, code }));
}

describe('createSession', () => {
  it('opens a session at version 1 with defaults', () => {
    expect(created({ contract: { plan_id: 'starter', currency: 'JPY' } })).toEqual({
      id,
      object: 'checkout_session',
      status: 'open',
      payment_status: 'not_started',
      customer_id: null,
      customer: null,
      contract: { plan_id: 'starter', quantity: 1, currency: 'JPY', start_date: '2026-03-15' },
      currency: 'JPY',
      estimates: {
        currency: 'JPY',
        interval: 'month',
        interval_count: 1,
        lines: [{ kind: 'plan', id: 'starter', name: 'Starter', quantity: 1, amount: 1_400 }],
        subtotal: 1_400,
        total: 1_400,
        due_today: 1_400,
        first_billing_date: '2026-03-15',
        next_billing_date: '2026-04-15',
        computed_at: NOW.toISOString(),
      },
      expires_at: '2026-03-16T12:00:00.000Z',
      success_url: null,
      cancel_url: null,
      pending_url: null,
      attribution: null,
      custom_data: { audit_trail: [] },
      created_at: NOW.toISOString(),
      updated_at: NOW.toISOString(),
      last_activity_at: NOW.toISOString(),
      version: 1,
    });
  });

  it('takes a known customer with their snapshot of details', () => {
    const session = created({
      contract: { plan_id: 'team', quantity: 2, currency: 'USD' },
      customer_id: 'cus_123',
      customer: { email: 'ada@example.com', company: ' Analytical Engines ' },
      custom_data: { order: 'A-1', gone: null },
    });
    expect(session).toMatchObject({
      customer_id: 'cus_123',
      customer: { email: 'ada@example.com', company: 'Analytical Engines' },
      custom_data: { order: 'A-1', audit_trail: [] },
    });
  });

  it('accepts customer_id inside customer too', () => {
    expect(
      created({
        contract: { plan_id: 'starter', currency: 'USD' },
        customer: { customer_id: 'cus_9' },
      }),
    ).toMatchObject({ customer_id: 'cus_9', customer: null });
  });

  it('needs no email for a guest yet, and null means not given', () => {
    expect(
      created({
        contract: { plan_id: 'starter', currency: 'USD' },
        customer: { email: null, name: 'Ada' },
      }).customer,
    ).toEqual({ name: 'Ada' });
  });

  it.each<[string, Omit<CreateRequest, 'contract'>, { path: string; code: string }[]]>([
    [
      'two different customer ids',
      { customer_id: 'cus_1', customer: { customer_id: 'cus_2' } },
      [{ path: 'customer.customer_id', code: 'customer_id_immutable' }],
    ],
    ['a blank customer id', { customer_id: ' ' }, [{ path: 'customer_id', code: 'required' }]],
    [
      'a customer id too long',
      { customer_id: 'c'.repeat(201) },
      [{ path: 'customer_id', code: 'too_long' }],
    ],
    [
      'an empty email',
      { customer: { email: '' } },
      [{ path: 'customer.email', code: 'invalid_email' }],
    ],
    [
      'an expiry too far',
      { expires_at: '2026-04-15T12:00:00.001Z' },
      [{ path: 'expires_at', code: 'expires_at_out_of_range' }],
    ],
    [
      'an http URL',
      { cancel_url: 'http://shop.example.com' },
      [{ path: 'cancel_url', code: 'url_not_https' }],
    ],
    [
      'audit_trail',
      { custom_data: { audit_trail: 'x' } },
      [{ path: 'custom_data.audit_trail', code: 'reserved_custom_data_key' }],
    ],
  ])('refuses %s (422, with everything else valid)', (_, rest, expected) => {
    expect(createProblems({ contract: { plan_id: 'starter', currency: 'USD' }, ...rest })).toEqual(
      expected,
    );
  });

  it('reports contract problems with the rest', () => {
    expect(
      createProblems({
        contract: { plan_id: 'team', quantity: 0, currency: 'USD' },
        success_url: 'ftp://x',
      }),
    ).toEqual([
      { path: 'contract.quantity', code: 'quantity_out_of_range' },
      { path: 'success_url', code: 'invalid_url' },
    ]);
  });
});

describe('confirmSession', () => {
  const later = makeCtx({ now: new Date(NOW.getTime() + 1_000) });
  it.each<[ConfirmRequest['payment_method'], string, string]>([
    ['pm_card_ok', 'paid', 'complete'],
    ['pm_card_pending', 'processing', 'open'],
    ['pm_card_declined', 'failed', 'open'],
  ])(
    '%s → payment %s, status %s, version +1, no audit entry',
    (payment_method, payment_status, status) => {
      const session = makeSession();
      const result = confirmSession(session, { payment_method }, later, { ifMatch: 1 });
      expect(result).toEqual({
        ok: true,
        session: {
          ...session,
          payment_status,
          status,
          version: 2,
          updated_at: later.now.toISOString(),
          last_activity_at: later.now.toISOString(),
        },
      });
    },
  );

  it.each<[string, Session, number | undefined, object]>([
    [
      'expired',
      makeSession({ expires_at: NOW.toISOString() }),
      undefined,
      { httpStatus: 409, code: 'session_not_open', status: 'expired' },
    ],
    [
      'complete',
      makeSession({ status: 'complete', payment_status: 'paid' }),
      undefined,
      { httpStatus: 409, code: 'session_not_open', status: 'complete' },
    ],
    [
      'declined before',
      makeSession({ payment_status: 'failed' }),
      7,
      { httpStatus: 409, code: 'payment_already_started' },
    ],
    ['stale If-Match', makeSession(), 7, { httpStatus: 412, code: 'version_conflict' }],
    [
      'guest without email',
      makeSession({ customer: { name: 'Ada' } }),
      undefined,
      {
        httpStatus: 422,
        code: 'validation_failed',
        details: [{ path: 'customer.email', code: 'required', message: expect.any(String) }],
      },
    ],
    [
      'guest without details',
      makeSession({ customer: null }),
      1,
      { httpStatus: 422, code: 'validation_failed' },
    ],
  ])('refuses a session %s', (_, session, ifMatch, expected) => {
    const result = confirmSession(
      session,
      { payment_method: 'pm_card_ok' },
      ctx,
      ifMatch === undefined ? {} : { ifMatch },
    );
    expect(result).toEqual({ ok: false, failure: expect.objectContaining(expected) });
  });

  it('lets a known customer pay without an email on the session', () => {
    const session = makeSession({ customer_id: 'cus_1', customer: null });
    expect(confirmSession(session, { payment_method: 'pm_card_ok' }, ctx, {}).ok).toBe(true);
  });
});

describe('effectiveStatus', () => {
  it.each<[string, Partial<Session>, string]>([
    ['open before expires_at', { expires_at: '2026-03-15T12:00:00.001Z' }, 'open'],
    ['expired at expires_at', { expires_at: '2026-03-15T12:00:00.000Z' }, 'expired'],
    [
      'complete stays complete after expires_at',
      { status: 'complete', expires_at: '2026-03-01T00:00:00.000Z' },
      'complete',
    ],
    ['stored expired', { status: 'expired' }, 'expired'],
  ])('%s', (_, overrides, expected) => {
    expect(effectiveStatus(makeSession(overrides), NOW)).toBe(expected);
  });
});

describe('summarize', () => {
  it('prices without a session', () => {
    const result = summarize(
      {
        contract: {
          items: [{ product_id: 'seats', quantity: 3 }, { product_id: 'priority_support' }],
          currency: 'EUR',
        },
      },
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      estimates: {
        subtotal: 3 * 1_400 + 4_500,
        lines: [
          { kind: 'product', id: 'seats', amount: 4_200 },
          { id: 'priority_support', amount: 4_500 },
        ],
      },
    });
  });

  it('answers 422 with the detail codes of an update', () => {
    expect(summarize({ contract: { plan_id: 'usage', currency: 'EUR' } }, ctx)).toEqual({
      ok: false,
      failure: expect.objectContaining({
        httpStatus: 422,
        code: 'validation_failed',
        details: [
          expect.objectContaining({ path: 'contract.currency', code: 'currency_not_supported' }),
        ],
      }),
    });
  });
});
