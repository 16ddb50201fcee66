import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  addDays,
  applyUpdate,
  type Session,
  todayUtc,
  type UpdateRequest,
} from '../../src/core/index.js';
import { makeCtx, makeSession, NOW, REQUEST_ID } from './factories.js';

const later = new Date(NOW.getTime() + 60_000);
const ctx = makeCtx({ now: later, actor: 'client' });
const today = todayUtc(NOW);
const inDays = (days: number) => new Date(later.getTime() + days * 86_400_000).toISOString();

function rejected(session: Session, req: UpdateRequest, ifMatch?: number) {
  const outcome = applyUpdate(session, req, ctx, ifMatch === undefined ? {} : { ifMatch });
  if (outcome.kind !== 'rejected') throw new Error(`expected a rejection, got ${outcome.kind}`);
  return outcome.failure;
}

function changed(session: Session, req: UpdateRequest) {
  const outcome = applyUpdate(session, req, ctx, {});
  if (outcome.kind !== 'changed')
    throw new Error(`expected a change, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function problems(session: Session, req: UpdateRequest) {
  return (rejected(session, req).details ?? []).map(({ path, code }) => ({ path, code }));
}

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

describe('applyUpdate: 422 details, every problem at its path', () => {
  const guest = makeSession();
  const known = makeSession({ customer_id: 'cus_123', customer: { email: 'known@example.com' } });
  it.each<[string, Session, UpdateRequest, { path: string; code: string }[]]>([
    [
      'currency differs from the new contract',
      guest,
      { contract: { plan_id: 'team', currency: 'EUR' }, currency: 'USD' },
      [{ path: 'currency', code: 'currency_mismatch' }],
    ],
    [
      'currency alone differs from the contract',
      guest,
      { currency: 'EUR' },
      [{ path: 'currency', code: 'currency_mismatch' }],
    ],
    [
      'currency not ISO 4217',
      guest,
      { currency: 'usd' },
      [{ path: 'currency', code: 'invalid_currency' }],
    ],
    [
      'javascript: URL',
      guest,
      { success_url: 'javascript:alert(1)' },
      [{ path: 'success_url', code: 'invalid_url' }],
    ],
    [
      'data: URL',
      guest,
      { cancel_url: 'data:text/html,hi' },
      [{ path: 'cancel_url', code: 'invalid_url' }],
    ],
    [
      'relative URL',
      guest,
      { pending_url: '/done' },
      [{ path: 'pending_url', code: 'invalid_url' }],
    ],
    [
      'scheme-less URL',
      guest,
      { success_url: '//shop.example.com/done' },
      [{ path: 'success_url', code: 'invalid_url' }],
    ],
    [
      'bare host',
      guest,
      { success_url: 'shop.example.com/done' },
      [{ path: 'success_url', code: 'invalid_url' }],
    ],
    ['empty URL', guest, { success_url: '' }, [{ path: 'success_url', code: 'invalid_url' }]],
    [
      'URL with a space',
      guest,
      { success_url: 'https://shop.example.com/a b' },
      [{ path: 'success_url', code: 'invalid_url' }],
    ],
    [
      'http URL',
      guest,
      { success_url: 'http://shop.example.com/done' },
      [{ path: 'success_url', code: 'url_not_https' }],
    ],
    [
      'URL over 2083 chars',
      guest,
      { success_url: `https://shop.example.com/${'a'.repeat(2059)}` },
      [{ path: 'success_url', code: 'url_too_long' }],
    ],
    [
      'details on a known customer',
      known,
      { customer: { name: 'X', email: 'x@example.com' } },
      [{ path: 'customer', code: 'customer_not_guest' }],
    ],
    [
      'null details on a known customer',
      known,
      { customer: { phone: null } },
      [{ path: 'customer', code: 'customer_not_guest' }],
    ],
    [
      'another customer_id',
      known,
      { customer: { customer_id: 'cus_999' } },
      [{ path: 'customer.customer_id', code: 'customer_id_immutable' }],
    ],
    [
      'clearing customer_id',
      known,
      { customer: { customer_id: null } },
      [{ path: 'customer.customer_id', code: 'customer_id_immutable' }],
    ],
    [
      'a guest getting a customer_id',
      guest,
      { customer: { customer_id: 'cus_1' } },
      [{ path: 'customer.customer_id', code: 'customer_id_immutable' }],
    ],
    [
      'unknown plan',
      guest,
      { contract: { plan_id: 'gold', currency: 'USD' } },
      [{ path: 'contract.plan_id', code: 'unknown_plan' }],
    ],
    [
      'expires_at in the past',
      guest,
      { expires_at: NOW.toISOString() },
      [{ path: 'expires_at', code: 'expires_at_out_of_range' }],
    ],
    [
      'expires_at now',
      guest,
      { expires_at: later.toISOString() },
      [{ path: 'expires_at', code: 'expires_at_out_of_range' }],
    ],
    [
      'expires_at past 30 days',
      guest,
      { expires_at: new Date(later.getTime() + 30 * 86_400_000 + 1).toISOString() },
      [{ path: 'expires_at', code: 'expires_at_out_of_range' }],
    ],
    [
      'expires_at not a datetime',
      guest,
      { expires_at: '2026-04-01' },
      [{ path: 'expires_at', code: 'invalid_datetime' }],
    ],
    [
      'email cleared with null',
      guest,
      { customer: { email: null } },
      [{ path: 'customer.email', code: 'invalid_email' }],
    ],
    [
      'email cleared with ""',
      guest,
      { customer: { email: '  ' } },
      [{ path: 'customer.email', code: 'invalid_email' }],
    ],
    [
      'not an email',
      guest,
      { customer: { email: 'ada@' } },
      [{ path: 'customer.email', code: 'invalid_email' }],
    ],
    [
      'email too long',
      guest,
      { customer: { email: `${'a'.repeat(190)}@example.com` } },
      [{ path: 'customer.email', code: 'too_long' }],
    ],
    [
      'name too long',
      guest,
      { customer: { name: 'n'.repeat(201) } },
      [{ path: 'customer.name', code: 'too_long' }],
    ],
    [
      'lower-case country',
      guest,
      { customer: { address: { line1: '1 Main St', city: 'Berlin', country: 'de' } } },
      [{ path: 'customer.address.country', code: 'invalid_country' }],
    ],
    [
      'not a country',
      guest,
      { customer: { address: { line1: '1 Main St', city: 'London', country: 'UK' } } },
      [{ path: 'customer.address.country', code: 'invalid_country' }],
    ],
    [
      'address missing city and country',
      guest,
      { customer: { address: { line1: '1 Main St' } } },
      [
        { path: 'customer.address.city', code: 'required' },
        { path: 'customer.address.country', code: 'required' },
      ],
    ],
    [
      'attribution too long',
      guest,
      { attribution: { utm_source: 's'.repeat(501) } },
      [{ path: 'attribution.utm_source', code: 'too_long' }],
    ],
    [
      'attribution referrer not a URL',
      guest,
      { attribution: { referrer: 'google' } },
      [{ path: 'attribution.referrer', code: 'invalid_url' }],
    ],
    [
      'attribution landing_page javascript:',
      guest,
      { attribution: { landing_page: 'javascript:x' } },
      [{ path: 'attribution.landing_page', code: 'invalid_url' }],
    ],
    [
      'writing audit_trail',
      guest,
      { custom_data: { audit_trail: null } },
      [{ path: 'custom_data.audit_trail', code: 'reserved_custom_data_key' }],
    ],
    [
      'custom_data key too long',
      guest,
      { custom_data: { ['k'.repeat(41)]: 1 } },
      [{ path: `custom_data.${'k'.repeat(41)}`, code: 'custom_data_limit' }],
    ],
    [
      'custom_data key with a space',
      guest,
      { custom_data: { 'my key': 1 } },
      [{ path: 'custom_data.my key', code: 'custom_data_limit' }],
    ],
    [
      'custom_data value too long',
      guest,
      { custom_data: { note: 'v'.repeat(501) } },
      [{ path: 'custom_data.note', code: 'custom_data_limit' }],
    ],
    [
      'custom_data over 50 keys',
      guest,
      { custom_data: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i])) },
      [{ path: 'custom_data', code: 'custom_data_limit' }],
    ],
    [
      'update_note too long',
      guest,
      { success_url: null, update_note: 'n'.repeat(501) },
      [{ path: 'update_note', code: 'too_long' }],
    ],
  ])('%s', (_, session, req, expected) => {
    expect(problems(session, req)).toEqual(expected);
  });

  it('lists every problem of one request', () => {
    expect(
      problems(guest, {
        contract: {
          plan_id: 'team',
          quantity: 0,
          currency: 'USD',
          start_date: addDays(today, 400),
        },
        currency: 'EUR',
        customer: { email: null, address: { country: 'XX' } },
        success_url: 'http://x.example',
        custom_data: { audit_trail: 'mine' },
      }).map((d) => d.code),
    ).toEqual([
      'start_date_out_of_range',
      'quantity_out_of_range',
      'url_not_https',
      'reserved_custom_data_key',
      'currency_mismatch',
      'invalid_email',
      'invalid_country',
      'required',
      'required',
    ]);
  });

  it('accepts exactly 50 keys, and deleting keys to make room', () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    const full = changed(guest, { custom_data: fifty }).session;
    expect(problems(full, { custom_data: { extra: 1 } })).toEqual([
      { path: 'custom_data', code: 'custom_data_limit' },
    ]);
    expect(applyUpdate(full, { custom_data: { extra: 1, k0: null } }, ctx, {}).kind).toBe(
      'changed',
    );
  });

  it('accepts a URL of exactly 2083 characters and a datetime exactly 30 days ahead', () => {
    const url = `https://shop.example.com/${'a'.repeat(2058)}`;
    expect(url).toHaveLength(2083);
    expect(changed(guest, { success_url: url, expires_at: inDays(30) }).session.success_url).toBe(
      url,
    );
  });
});

describe('applyUpdate: what changes', () => {
  const session = makeSession({
    success_url: 'https://shop.example.com/ok',
    custom_data: { audit_trail: [], campaign: 'spring', keep: true },
  });

  it('bumps the version, stamps the times and appends one audit entry', () => {
    const { session: next, audit } = changed(session, {
      contract: { plan_id: 'team', quantity: 5, currency: 'USD' },
      update_reason: 'quantity_change',
      update_note: 'Customer asked for two more seats',
    });
    expect(audit).toEqual({
      at: later.toISOString(),
      version: 2,
      actor: 'client',
      actor_name: null,
      request_id: REQUEST_ID,
      reason: 'quantity_change',
      note: 'Customer asked for two more seats',
      changes: [{ field: 'contract.quantity', from: 3, to: 5 }],
    });
    expect(next).toMatchObject({
      version: 2,
      updated_at: later.toISOString(),
      last_activity_at: later.toISOString(),
      created_at: NOW.toISOString(),
    });
    expect(next.custom_data.audit_trail).toEqual([audit]);
    expect(next.estimates).toMatchObject({ total: 6_000, computed_at: later.toISOString() });
  });

  it('lists leaf paths, with null for unset values and one change per array', () => {
    const { audit, session: next } = changed(session, {
      contract: {
        items: [{ product_id: 'seats', quantity: 2 }],
        currency: 'EUR',
        start_date: addDays(today, 3),
      },
      customer: {
        name: null,
        phone: '+49 30 1234',
        address: { line1: ' 1 Main St ', city: 'Berlin', country: 'DE' },
      },
      success_url: null,
      attribution: { utm_source: 'newsletter' },
      custom_data: { campaign: 'summer', keep: null, fresh: 1 },
      expires_at: '2026-03-20T12:00:00+02:00',
    });
    expect(audit.changes).toEqual([
      { field: 'contract.plan_id', from: 'team', to: null },
      { field: 'contract.quantity', from: 3, to: null },
      { field: 'contract.items', from: null, to: [{ product_id: 'seats', quantity: 2 }] },
      { field: 'contract.currency', from: 'USD', to: 'EUR' },
      { field: 'contract.start_date', from: today, to: addDays(today, 3) },
      { field: 'currency', from: 'USD', to: 'EUR' },
      { field: 'customer.name', from: 'Ada Lovelace', to: null },
      { field: 'customer.phone', from: null, to: '+49 30 1234' },
      { field: 'customer.address.line1', from: null, to: '1 Main St' },
      { field: 'customer.address.city', from: null, to: 'Berlin' },
      { field: 'customer.address.country', from: null, to: 'DE' },
      { field: 'expires_at', from: session.expires_at, to: '2026-03-20T10:00:00.000Z' },
      { field: 'success_url', from: 'https://shop.example.com/ok', to: null },
      { field: 'attribution.utm_source', from: null, to: 'newsletter' },
      { field: 'custom_data.campaign', from: 'spring', to: 'summer' },
      { field: 'custom_data.keep', from: true, to: null },
      { field: 'custom_data.fresh', from: null, to: 1 },
    ]);
    expect(next.currency).toBe('EUR');
    expect(next.estimates).toMatchObject({ currency: 'EUR', total: 2_800, due_today: 0 });
    expect(next.customer).toEqual({
      email: 'ada@example.com',
      phone: '+49 30 1234',
      address: { line1: '1 Main St', city: 'Berlin', country: 'DE' },
    });
    expect(next.custom_data).toEqual({ campaign: 'summer', fresh: 1, audit_trail: [audit] });
  });

  it('merges the address field by field and clears it with null', () => {
    const withAddress = changed(session, {
      customer: { address: { line1: '1 Main St', line2: 'Apt 2', city: 'Berlin', country: 'DE' } },
    }).session;
    const moved = changed(withAddress, { customer: { address: { city: 'Hamburg', line2: null } } });
    expect(moved.session.customer?.address).toEqual({
      line1: '1 Main St',
      city: 'Hamburg',
      country: 'DE',
    });
    expect(moved.audit.changes.map((c) => c.field)).toEqual([
      'customer.address.line2',
      'customer.address.city',
    ]);
    expect(problems(withAddress, { customer: { address: { city: null } } })).toEqual([
      { path: 'customer.address.city', code: 'required' },
    ]);
    expect(changed(withAddress, { customer: { address: null } }).session.customer).toEqual({
      email: 'ada@example.com',
      name: 'Ada Lovelace',
    });
  });

  it('stores customer null once no detail is left', () => {
    const noEmail = makeSession({ customer: { name: 'Ada' } });
    expect(changed(noEmail, { customer: { name: null } }).session.customer).toBeNull();
  });

  it('replaces the attribution whole, and clears it with null', () => {
    const tagged = changed(session, {
      attribution: { utm_source: 'a', utm_medium: 'email' },
    }).session;
    const retagged = changed(tagged, { attribution: { utm_campaign: 'c' } });
    expect(retagged.session.attribution).toEqual({ utm_campaign: 'c' });
    expect(changed(tagged, { attribution: null }).session.attribution).toBeNull();
  });

  it('keeps the estimates when the contract does not change', () => {
    const next = changed(session, { customer: { name: 'Ada King' } }).session;
    expect(next.estimates).toBe(session.estimates);
  });
});

describe('applyUpdate: valid updates that change nothing', () => {
  const session = makeSession({
    customer_id: null,
    success_url: 'https://shop.example.com/ok',
    custom_data: { audit_trail: [], campaign: 'spring' },
  });
  it.each<[string, UpdateRequest]>([
    [
      'the same contract re-stated',
      { contract: { plan_id: 'team', quantity: 3, currency: 'USD', start_date: today } },
    ],
    [
      'the same contract with defaults',
      { contract: { plan_id: 'team', quantity: 3, currency: 'USD' } },
    ],
    ['the current currency', { currency: 'USD' }],
    ['the same customer_id (null for a guest)', { customer: { customer_id: null } }],
    [
      'the same details, untrimmed',
      { customer: { email: ' ada@example.com ', name: 'Ada Lovelace' } },
    ],
    [
      'clearing what is unset',
      { customer: { phone: null, address: null }, pending_url: null, attribution: null },
    ],
    ['the same URL', { success_url: 'https://shop.example.com/ok' }],
    [
      'the same custom data, and deleting a missing key',
      { custom_data: { campaign: 'spring', gone: null } },
    ],
    ['the same expiry written with an offset', { expires_at: '2026-03-16T14:00:00+02:00' }],
  ])('%s', (_, req) => {
    const outcome = applyUpdate(session, { ...req, update_reason: 'other' }, ctx, {});
    expect(outcome).toEqual({
      kind: 'unchanged',
      session: { ...session, last_activity_at: later.toISOString() },
    });
  });

  it('accepts the same customer_id on a known customer', () => {
    const known = makeSession({ customer_id: 'cus_123' });
    expect(applyUpdate(known, { customer: { customer_id: 'cus_123' } }, ctx, {}).kind).toBe(
      'unchanged',
    );
  });
});
