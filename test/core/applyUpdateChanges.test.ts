import { describe, expect, it } from 'vitest';
import { addDays, applyUpdate, type UpdateRequest } from '../../src/core/index.js';
import { makeSession, NOW, REQUEST_ID } from './factories.js';
import { changed, ctx, later, problems, today } from './helpers/applyUpdate.js';

/* What a valid update writes (version, times, audit, merges), and updates that change nothing. */

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
    // The trail stays the last key (as storage gives it back): a new key goes before it.
    expect(Object.keys(next.custom_data)).toEqual(['campaign', 'fresh', 'audit_trail']);
  });

  it('keeps the trail last after prototype-named keys, which stay ordinary keys', () => {
    const custom_data = JSON.parse('{"__proto__":"p","constructor":1}');
    const next = changed(session, { custom_data }).session;
    expect(Object.keys(next.custom_data)).toEqual([
      'campaign',
      'keep',
      '__proto__',
      'constructor',
      'audit_trail',
    ]);
    expect(Object.getPrototypeOf(next.custom_data)).toBe(Object.prototype);
    expect(JSON.stringify(next.custom_data)).toContain('"__proto__":"p"');
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
