import { describe, expect, it } from 'vitest';
import {
  type Parsed,
  parseConfirmRequest,
  parseCreateRequest,
  parseSummaryRequest,
  parseUpdateRequest,
} from '../../src/core/index.js';

function rejection(result: Parsed<unknown>) {
  if (result.ok) throw new Error('expected a rejection');
  return result.failure;
}

function paths(json: unknown): string[] {
  return (rejection(parseUpdateRequest(json)).details ?? []).map((d) => d.path);
}

describe('parseUpdateRequest: 400 invalid_request for what the JSON Schema rejects', () => {
  it.each([null, [], 'text', 42, true])('refuses a body that is not an object: %j', (body) => {
    const failure = rejection(parseUpdateRequest(body));
    expect(failure).toMatchObject({ httpStatus: 400, code: 'invalid_request' });
    expect(failure.details).toEqual([
      { path: '', code: 'invalid_request', message: 'The body must be a JSON object.' },
    ]);
  });

  it.each(['status', 'customer_id', 'payment_status', 'version', 'estimates'])(
    'names an unknown field: %s',
    (field) => {
      const failure = rejection(parseUpdateRequest({ [field]: 'x', success_url: null }));
      expect(failure.details).toEqual([
        { path: field, code: 'invalid_request', message: `Unknown field "${field}".` },
      ]);
    },
  );

  it.each([
    [{ customer: { email: 'a@b.co', zip: '1' } }, ['customer.zip']],
    [{ customer: { address: { line1: 'x', zip: '1' } } }, ['customer.address.zip']],
    [{ attribution: { utm_source: 'x', gclid: '1' } }, ['attribution.gclid']],
    [{ contract: { plan_id: 'team', currency: 'USD', seats: 3 } }, ['contract.seats']],
    [
      { contract: { items: [{ product_id: 'a', qty: 1 }], currency: 'USD' } },
      ['contract.items.0.qty'],
    ],
  ])('names unknown nested fields by path: %j', (body, expected) => {
    expect(paths(body)).toEqual(expected);
  });

  it.each([
    [
      { contract: { plan_id: 'team', quantity: '5', currency: 'USD' } },
      'contract.quantity',
      'Must be an integer, not a string.',
    ],
    [
      { contract: { plan_id: 'team', quantity: 1.5, currency: 'USD' } },
      'contract.quantity',
      'Must be an integer, not a number.',
    ],
    [{ contract: { plan_id: 'team' } }, 'contract.currency', 'This field is required.'],
    [
      { contract: { items: 'seats', currency: 'USD' } },
      'contract.items',
      'Must be an array, not a string.',
    ],
    [{ contract: 'team' }, 'contract', 'Must be an object, not a string.'],
    [{ success_url: 5 }, 'success_url', 'Must be a string, not an integer.'],
    [
      { custom_data: { tags: ['a'] } },
      'custom_data.tags',
      'Must be a string, a number, a boolean or null.',
    ],
    [
      { update_reason: 'because', success_url: null },
      'update_reason',
      expect.stringContaining('Must be one of: "plan_change"'),
    ],
    [{ currency: 840 }, 'currency', 'Must be a string, not an integer.'],
  ])('explains a wrong type: %j', (body, path, message) => {
    expect(rejection(parseUpdateRequest(body)).details).toEqual([
      { path, code: 'invalid_request', message },
    ]);
  });

  it.each([
    { plan_id: 'team', items: [], currency: 'USD' },
    { currency: 'USD' },
    { plan_id: 'team', items: [{ product_id: 'seats' }], currency: 'USD', quantity: 'x' },
  ])('reports both or neither of plan_id/items as one detail at contract: %j', (contract) => {
    expect(rejection(parseUpdateRequest({ contract })).details).toEqual([
      {
        path: 'contract',
        code: 'invalid_request',
        message: 'A contract needs exactly one of plan_id or items.',
      },
    ]);
  });

  it('collects every problem of the body', () => {
    expect(
      paths({
        nope: 1,
        success_url: 1,
        customer: { email: 2 },
        contract: { plan_id: 'x', currency: 1 },
      }),
    ).toEqual(['contract.currency', 'customer.email', 'success_url', 'nope']);
  });
});

describe('parseUpdateRequest: empty_update', () => {
  it.each([
    {},
    { update_reason: 'other' },
    { update_note: 'why not' },
    { update_reason: 'other', update_note: 'x' },
  ])('refuses %j', (body) => {
    expect(rejection(parseUpdateRequest(body))).toMatchObject({
      httpStatus: 400,
      code: 'empty_update',
    });
  });

  it.each([
    { success_url: null },
    { custom_data: {} },
    { customer: {} },
    { update_reason: 'other', expires_at: 'x' },
  ])('accepts %j (formats and ranges are the 422 layer)', (body) => {
    expect(parseUpdateRequest(body)).toEqual({ ok: true, value: body });
  });
});

describe('the other request bodies', () => {
  it('create needs a contract', () => {
    expect(rejection(parseCreateRequest({})).details).toEqual([
      {
        path: 'contract',
        code: 'invalid_request',
        message: 'This field is required.',
      },
    ]);
    expect(
      parseCreateRequest({ contract: { plan_id: 'team', currency: 'USD' }, customer_id: 'cus_1' })
        .ok,
    ).toBe(true);
  });

  it('confirm needs a known payment method', () => {
    expect(parseConfirmRequest({ payment_method: 'pm_card_ok' })).toEqual({
      ok: true,
      value: { payment_method: 'pm_card_ok' },
    });
    expect(
      rejection(parseConfirmRequest({ payment_method: 'pm_card_visa' })).details?.[0]?.path,
    ).toBe('payment_method');
    expect(rejection(parseConfirmRequest({})).details?.[0]).toMatchObject({
      path: 'payment_method',
      message: 'This field is required.',
    });
  });

  it('summary takes a contract and nothing else', () => {
    expect(
      rejection(
        parseSummaryRequest({ contract: { plan_id: 'team', currency: 'USD' }, customer: {} }),
      ).details,
    ).toEqual([
      { path: 'customer', code: 'invalid_request', message: 'Unknown field "customer".' },
    ]);
  });
});
