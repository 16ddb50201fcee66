import { describe, expect, it } from 'vitest';
import { addDays, applyUpdate, type Session, type UpdateRequest } from '../../src/core/index.js';
import { makeSession, NOW } from './factories.js';
import { changed, ctx, inDays, later, problems, today } from './helpers/applyUpdate.js';

/* Every invalid field of an update is reported at its own path, with its own code (422). */

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
