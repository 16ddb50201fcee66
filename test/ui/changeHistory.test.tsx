import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/index.js';
import { messagesDe } from '../../src/ui/messages/de.js';
import { installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const longUrl = `https://shop.example/${'path/'.repeat(240)}`;

const entry = (version: number, fields: Record<string, unknown>) => ({
  at: `2026-12-0${version}T12:00:00.000Z`,
  version,
  actor: 'merchant',
  actor_name: null,
  request_id: `req_${'x'.repeat(20)}${version}`,
  reason: null,
  note: null,
  changes: [],
  ...fields,
});

/** A session of version 6 with one entry of every kind, oldest first as the API stores them. */
function sessionWithHistory(): Session {
  const trail = [
    entry(2, {
      reason: 'configuration_update',
      changes: [
        { field: 'contract.plan_id', from: null, to: 'starter' },
        { field: 'contract.quantity', from: null, to: 1 },
        {
          field: 'contract.items',
          from: [
            { product_id: 'seats', quantity: 2 },
            { product_id: 'priority_support', quantity: 1 },
          ],
          to: null,
        },
      ],
    }),
    entry(3, {
      reason: 'plan_change',
      changes: [
        { field: 'contract.plan_id', from: 'starter', to: 'team' },
        { field: 'contract.quantity', from: 1, to: 3 },
      ],
    }),
    entry(4, {
      actor: 'client',
      reason: 'quantity_change',
      changes: [{ field: 'contract.quantity', from: 3, to: 5 }],
    }),
    entry(5, {
      actor: 'support',
      actor_name: 'Ann Agent',
      reason: 'billing_date_change',
      changes: [{ field: 'contract.start_date', from: '2099-12-01', to: '2099-12-15' }],
    }),
    entry(6, {
      actor: 'support',
      actor_name: 'Ann Agent',
      reason: 'other',
      note: 'Customer called about the redirect',
      changes: [
        { field: 'cancel_url', from: null, to: 'https://shop.example/cancel' },
        { field: 'expires_at', from: '2026-12-06T12:00:00.000Z', to: '2026-12-20T12:00:00.000Z' },
        { field: 'custom_data.campaign', from: 'spring', to: 'summer' },
        { field: 'custom_data.vip', from: null, to: true },
        { field: 'custom_data.seats_promised', from: 1500, to: 2500 },
        { field: 'attribution.utm_source', from: 'newsletter', to: null },
        { field: 'customer.address.city', from: 'Berlin', to: 'Hamburg' },
        {
          field: 'success_url',
          from: null,
          to: { truncated: true, prefix: longUrl.slice(0, 64), length: 1200, sha256: 'ab12' },
        },
        { field: 'customer.company', from: 'Acme', to: 'Acme Corp' },
      ],
    }),
  ];
  return makeSession({
    contract: { plan_id: 'team', quantity: 5, currency: 'USD', start_date: '2099-12-15' },
    version: 6,
    custom_data: { campaign: 'summer', audit_trail: trail },
  });
}

async function historyItems(name = 'Change history') {
  const list = await screen.findByRole('list', { name });
  await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(5));
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('change history', () => {
  it('lists every entry newest first, each change formatted as the editor formats it (en)', async () => {
    installBackend(sessionWithHistory());
    renderEditor({ sections: ['plan', 'audit_trail'], locale: 'en-US' }, { merchant: true });
    const [v6, v5, v4, v3, v2] = await historyItems();
    expect(v6).toContain('Support: Ann Agent');
    expect(v6).toMatch(/Dec 6, 2026/);
    expect(v6).toContain('Reason: Other');
    expect(v6).toContain('Note: Customer called about the redirect');
    expect(v6).toContain('Cancel URL: none → https://shop.example/cancel');
    expect(v6).toContain(
      `Success URL: none → ${longUrl.slice(0, 64)}… (shortened; 1,200 characters in all)`,
    );
    expect(v6).toMatch(/Expires at: Dec 6, 2026, \d+:\d\d [AP]M → Dec 20, 2026, \d+:\d\d [AP]M/);
    expect(v6).toContain('Custom data “campaign”: spring → summer');
    expect(v6).toContain('Custom data “vip”: none → true');
    expect(v6).toContain('Custom data “seats_promised”: 1,500 → 2,500');
    expect(v6).toContain('UTM source: newsletter → none');
    expect(v6).toContain('Address (city): Berlin → Hamburg');
    expect(v6).toContain('Company: Acme → Acme Corp');
    expect(v6).not.toContain('Total');
    expect(v5).toContain('Support: Ann Agent');
    expect(v5).toContain('Reason: Billing date change');
    expect(v5).toContain('Start date: Dec 1, 2099 → Dec 15, 2099');
    expect(v5).not.toContain('Total');
    expect(v4).toContain('Shopper');
    expect(v4).toContain('Quantity: 3 → 5');
    expect(v4).toContain('Total: $36.00 / month → $60.00 / month');
    expect(v3).toContain('Merchant');
    expect(v3).toContain('Reason: Plan change');
    expect(v3).toContain('Plan: Starter → Team');
    expect(v3).toContain('Quantity: 1 → 3');
    expect(v3).toContain('Total: $9.00 / month → $36.00 / month');
    expect(v2).toContain('Products: Seats × 2, Priority support × 1 → none');
    expect(v2).toContain('Plan: none → Starter');
    expect(v2).toContain('Total: $79.00 / month → $9.00 / month');
    for (const text of [v2, v3, v4, v5, v6]) expect(text).not.toMatch(/[{}[\]"]/);
  });

  it('speaks German with messages={de} and locale de-DE', async () => {
    installBackend(sessionWithHistory());
    renderEditor(
      { sections: ['plan', 'audit_trail'], locale: 'de-DE', messages: messagesDe },
      { merchant: true },
    );
    const [v6, v5, v4, v3, v2] = await historyItems('Änderungsverlauf');
    expect(v6).toContain('Support: Ann Agent');
    expect(v6).toContain('06.12.2026');
    expect(v6).toContain('Grund: Sonstiges');
    expect(v6).toContain('Notiz: Customer called about the redirect');
    expect(v6).toContain('Abbruch-URL: keine Angabe → https://shop.example/cancel');
    expect(v6).toContain(
      `Erfolgs-URL: keine Angabe → ${longUrl.slice(0, 64)}… (gekürzt; insgesamt 1.200 Zeichen)`,
    );
    expect(v6).toContain('Eigene Daten „vip“: keine Angabe → wahr');
    expect(v6).toContain('Eigene Daten „seats_promised“: 1.500 → 2.500');
    expect(v6).toContain('Adresse (Ort): Berlin → Hamburg');
    expect(v6).toContain('Firma: Acme → Acme Corp');
    expect(v5).toContain('Startdatum: 01.12.2099 → 15.12.2099');
    expect(v4).toContain('Käufer');
    expect(v4).toContain('Menge: 3 → 5');
    expect(v3).toContain('Händler');
    expect(v3).toContain('Tarif: Starter → Team');
    expect(v3).toContain('Gesamt: 9,00\u00a0$ / Monat → 36,00\u00a0$ / Monat');
    expect(v2).toContain('Produkte: Seats × 2, Priority support × 1 → keine Angabe');
  });

  it('shows a saved entry at the top at once, without a reload', async () => {
    const api = installBackend(makeSession({ custom_data: { audit_trail: [] } }));
    const { user } = renderEditor(
      { sections: ['quantity', 'audit_trail'], locale: 'en-US' },
      { merchant: true },
    );
    const list = await screen.findByRole('list', { name: 'Change history' });
    expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByText('No changes recorded yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Increase quantity' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    const [first] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toContain('Quantity: 3 → 4');
    expect(first?.textContent).toContain('Support: Test agent');
    expect(first?.textContent).toContain('Reason: Quantity change');
    expect(first?.textContent).toContain('Total: $36.00 / month → $48.00 / month');
    expect(api.requests('GET', `/checkout_session/${api.session.id}`)).toHaveLength(1);
  });
});
