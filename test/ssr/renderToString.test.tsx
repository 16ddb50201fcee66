// The editor rendered on a server (Node, no DOM): with the host's session and catalog the HTML
// already holds the editable form (embed.md §1), and nothing reaches the network.
import { getByRole, within } from '@testing-library/dom';
import { JSDOM } from 'jsdom';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCheckoutClient } from '../../src/client/index.js';
import type { Session } from '../../src/core/index.js';
import { addDays } from '../../src/core/rules/dates.js';
import { CheckoutEditor } from '../../src/index.js';
import { CheckoutEditor as MerchantCheckoutEditor } from '../../src/ui/merchant/index.js';
import { catalog, makeSession, sessionId, today } from '../ui/backend.js';

const id = sessionId;
// The session of the form under test: Team × 7, starting in ten days.
const session = (): Session =>
  makeSession({
    contract: { plan_id: 'team', quantity: 7, currency: 'USD', start_date: addDays(today(), 10) },
  });

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
