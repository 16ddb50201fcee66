// The editor rendered on a server (Node, no DOM): with the host's session and catalog the HTML
// already holds the editable form (embed.md §1), and nothing reaches the network.
import { getByRole, within } from '@testing-library/dom';
import { JSDOM } from 'jsdom';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import catalogJson from '../../demo/catalog.json' with { type: 'json' };
import { createCheckoutClient } from '../../src/client/index.js';
import { type Catalog, catalogSchema, type Session } from '../../src/core/index.js';
import { computeEstimate } from '../../src/core/rules/computeEstimate.js';
import { addDays, todayUtc } from '../../src/core/rules/dates.js';
import { CheckoutEditor } from '../../src/index.js';
import { CheckoutEditor as MerchantCheckoutEditor } from '../../src/ui/merchant/index.js';

const catalog: Catalog = catalogSchema.parse(catalogJson);
const id = '6f9f1f3e-8a53-4c8e-9d55-2f0f8a6b1c01';

function session(): Session {
  const now = new Date();
  const contract = {
    plan_id: 'team',
    quantity: 7,
    currency: 'USD',
    start_date: addDays(todayUtc(now), 10),
  };
  const at = now.toISOString();
  return {
    id,
    object: 'checkout_session',
    status: 'open',
    payment_status: 'not_started',
    customer_id: null,
    customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
    contract,
    currency: 'USD',
    estimates: computeEstimate(contract, catalog, now),
    expires_at: new Date(Date.now() + 86_400_000).toISOString(),
    success_url: null,
    cancel_url: null,
    pending_url: null,
    attribution: null,
    custom_data: {},
    created_at: at,
    updated_at: at,
    last_activity_at: at,
    version: 1,
  };
}

/** Parses server HTML into a DOM (only to query it by role; the render itself had none). */
const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

afterEach(() => vi.unstubAllGlobals());

describe('server rendering', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the editable form from initialSession and initialCatalog, with no request', () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no request during a server render')));
    vi.stubGlobal('fetch', fetch);
    const s = session();
    const html = renderToString(
      <CheckoutEditor
        sessionId={id}
        clientSecret="cs_test_secret"
        apiBaseUrl="https://shop.example/api"
        initialSession={s}
        initialCatalog={catalog}
      />,
    );
    const body = parse(html);
    const form = getByRole(body, 'form', { name: 'Edit checkout' });
    const plans = within(form).getByRole('radiogroup', { name: 'Plan' });
    const team = within(plans).getByRole('radio', { name: 'Team' });
    expect((team as HTMLInputElement).checked).toBe(true);
    const quantity = within(form).getByRole('spinbutton', { name: 'Quantity' });
    expect((quantity as HTMLInputElement).value).toBe('7');
    const start = within(form).getByLabelText('Start date') as HTMLInputElement;
    expect(start.value).toBe(s.contract.start_date);
    expect((within(form).getByLabelText('Email') as HTMLInputElement).value).toBe(
      'ada@example.com',
    );
    const summary = within(form).getByRole('region', { name: 'Price summary' });
    expect(summary.textContent).toContain('Total');
    // 7 seats of Team in USD, formatted with a stable locale (no `locale` given).
    const total = s.estimates.total / 100;
    expect(summary.textContent).toContain(`$${total.toFixed(2)}`);
    expect(within(form).getByRole('button', { name: 'Save changes' })).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renders the merchant editor from initial data too', () => {
    const html = renderToString(
      <MerchantCheckoutEditor
        sessionId={id}
        clientSecret="st_support"
        initialSession={session()}
        initialCatalog={catalog}
        sections={['plan', 'quantity', 'expires_at', 'update_reason']}
      />,
    );
    const form = getByRole(parse(html), 'form', { name: 'Edit checkout' });
    expect(within(form).getByLabelText('Expires at')).toBeTruthy();
  });

  it('renders the skeleton without initial data, and does not fetch on the server', () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no request during a server render')));
    vi.stubGlobal('fetch', fetch);
    const client = createCheckoutClient({ baseUrl: 'https://shop.example/api', clientSecret: 'x' });
    const html = renderToString(<CheckoutEditor sessionId={id} client={client} />);
    expect(html).not.toContain('Edit checkout');
    expect(html).toContain('ce-root');
    expect(fetch).not.toHaveBeenCalled();
  });
});
