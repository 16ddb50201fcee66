import { describe, expect, it } from 'vitest';
import {
  buildMerchantBody,
  buildSubmission,
  buildUpdateBody,
  defaultSections,
  describeSessionChanges,
  type EditorValues,
  editorValues,
  fieldForPath,
  inferUpdateReason,
  merchantAreas,
  merchantFieldForPath,
  merchantValues,
} from '../../src/form/index.js';
import { allSections } from '../../src/form/sections.js';
import { readOnlyReason } from '../../src/react/index.js';
import { makeSession } from '../ui/backend.js';

const session = makeSession({
  version: 3,
  custom_data: { campaign: 'spring', seats_promised: 10, audit_trail: [] },
  attribution: { utm_source: 'news', referrer: 'https://example.com/' },
});
const values = merchantValues(session);

describe('buildUpdateBody', () => {
  it('is empty when nothing changed, whatever the sections', () => {
    expect(buildUpdateBody(session, values, allSections)).toEqual({});
  });

  it('sends the whole contract when one of its fields changed', () => {
    expect(buildUpdateBody(session, { ...values, quantity: '7' }, defaultSections)).toEqual({
      contract: { ...session.contract, quantity: 7 },
    });
  });

  it('sends only changed guest details, clearing emptied optional ones with null', () => {
    const body = buildUpdateBody(
      session,
      { ...values, name: '', company: ' Analytical Engines ' },
      defaultSections,
    );
    expect(body).toEqual({ customer: { name: null, company: 'Analytical Engines' } });
  });

  it('never sends guest details of a known customer', () => {
    const known = makeSession({ customer_id: 'cus_1' });
    expect(
      buildUpdateBody(known, { ...editorValues(known), email: 'x@y.z' }, defaultSections),
    ).toEqual({});
  });

  it('ignores edits of sections that are not shown', () => {
    const edited: EditorValues = { ...values, success_url: 'https://a.b/' };
    expect(buildUpdateBody(session, edited, defaultSections)).toEqual({});
  });

  it('leaves the support-staff fields to buildMerchantBody', () => {
    const edited: EditorValues = { ...values, utm_source: '', update_note: 'x' };
    expect(buildUpdateBody(session, edited, allSections)).toEqual({});
    // A storefront's starting values hold the shopper fields only; merchantValues adds the rest.
    expect(Object.keys(editorValues(session))).not.toContain('utm_source');
    expect(merchantValues(session)).toMatchObject({
      quantity: '3',
      utm_source: 'news',
      utm_medium: '',
      // The audit trail is not editable, so it is not a row.
      custom_data: [
        { key: 'campaign', value: 'spring' },
        { key: 'seats_promised', value: '10' },
      ],
    });
  });

  it('replaces attribution keeping referrer, and merges custom data with null deletes', () => {
    const body = buildMerchantBody(
      session,
      {
        ...values,
        utm_source: '',
        utm_medium: 'email',
        custom_data: [
          { key: 'seats_promised', value: '10' },
          { key: 'team', value: 'blue' },
        ],
      },
      allSections,
    );
    expect(body).toEqual({
      attribution: { referrer: 'https://example.com/', utm_medium: 'email' },
      custom_data: { campaign: null, team: 'blue' },
    });
  });
});

describe('inferUpdateReason (widget.md rule 8)', () => {
  const contract = session.contract as Extract<typeof session.contract, { plan_id: string }>;
  it.each([
    [{ contract: { ...contract, plan_id: 'starter', quantity: 1 } }, 'plan_change'],
    [{ contract: { ...contract, plan_id: 'scale' }, customer: { email: 'a@b.co' } }, 'plan_change'],
    [{ contract: { ...contract, quantity: 9 } }, 'quantity_change'],
    [{ contract: { ...contract, start_date: '2099-01-01' } }, 'billing_date_change'],
    [{ customer: { phone: '+1' } }, 'customer_correction'],
    [{ contract: { ...contract, quantity: 9, start_date: '2099-01-01' } }, 'configuration_update'],
    [{ contract: { ...contract, quantity: 9 }, customer: { phone: '+1' } }, 'configuration_update'],
    [{ success_url: 'https://a.b/' }, 'configuration_update'],
  ] as const)('%o → %s', (body, reason) => {
    expect(inferUpdateReason(session, body)).toBe(reason);
  });
});

describe('buildSubmission', () => {
  it('carries If-Match, a fresh key per submission, and the inferred reason', () => {
    const a = buildSubmission(session, { ...values, quantity: '4' }, defaultSections);
    const b = buildSubmission(session, { ...values, quantity: '4' }, defaultSections);
    expect(a?.ifMatch).toBe(3);
    expect(a?.body.update_reason).toBe('quantity_change');
    expect(a?.idempotencyKey).not.toBe(b?.idempotencyKey);
  });

  it('uses the chosen reason and note when the reason section is shown', () => {
    const sub = buildSubmission(
      session,
      { ...values, quantity: '4', update_reason: 'other', update_note: ' asked by phone ' },
      [...defaultSections, 'update_reason'],
      buildMerchantBody,
    );
    expect(sub?.body).toMatchObject({ update_reason: 'other', update_note: 'asked by phone' });
  });

  it('is undefined when nothing changed', () => {
    expect(buildSubmission(session, values, allSections)).toBeUndefined();
    expect(buildSubmission(session, values, allSections, buildMerchantBody)).toBeUndefined();
  });
});

describe('fieldForPath', () => {
  it.each([
    ['contract.quantity', 'quantity', 'quantity'],
    ['customer.email', 'email', 'email'],
    ['attribution.utm_term', undefined, 'utm_term'],
    ['custom_data', undefined, 'custom_data'],
    ['custom_data.x', undefined, 'custom_data'],
    ['custom_datax', undefined, undefined],
    ['currency', undefined, 'currency'],
    ['update_note', undefined, 'update_note'],
    ['contract.items.0.product_id', undefined, undefined],
    ['customer.address.city', undefined, undefined],
  ])('%s → storefront %s, support staff %s', (path, shopper, merchant) => {
    expect(fieldForPath(path)).toBe(shopper);
    expect(merchantFieldForPath(path)).toBe(merchant);
  });
});

describe('describeSessionChanges', () => {
  it('names what someone else changed', () => {
    const after = { ...session, contract: { ...session.contract, quantity: 9 }, version: 4 };
    expect(describeSessionChanges(session, after as typeof session)).toEqual(['quantity']);
  });

  it('names support-staff areas only with the merchant areas, and never the audit trail', () => {
    const after = makeSession({
      ...session,
      expires_at: '2030-01-01T00:00:00.000Z',
      custom_data: { ...session.custom_data, audit_trail: [{ version: 4 }] },
      attribution: { utm_source: 'ads' },
      version: 4,
    });
    expect(describeSessionChanges(session, after)).toEqual([]);
    expect(describeSessionChanges(session, after, merchantAreas)).toEqual([
      'expires_at',
      'attribution',
    ]);
  });
});

describe('readOnlyReason', () => {
  const now = new Date();
  it.each([
    [{}, undefined],
    [{ payment_status: 'paid', status: 'complete' }, 'paid'],
    [{ payment_status: 'processing' }, 'payment_in_progress'],
    [{ payment_status: 'failed' }, 'payment_failed'],
    [{ status: 'expired' }, 'expired'],
    [{ expires_at: new Date(now.getTime() - 1).toISOString() }, 'expired'],
  ] as const)('%o → %s', (overrides, reason) => {
    expect(readOnlyReason(makeSession(overrides), now)).toBe(reason);
  });
});
