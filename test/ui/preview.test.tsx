import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const summaryRow = (name: RegExp) =>
  within(screen.getByRole('region', { name: 'Price summary' })).getByRole('row', { name });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live price preview (widget.md 7)', () => {
  it('shows the session figures: lines, total, due today, first billing date', async () => {
    installBackend(makeSession());
    renderEditor({ locale: 'en-US' });
    await screen.findByRole('form', { name: 'Edit checkout' });
    expect(summaryRow(/^Total/).textContent).toContain('$36.00 / month');
    expect(summaryRow(/^Due today/).textContent).toContain('$0.00');
    expect(summaryRow(/^First billing date/)).toBeTruthy();
    expect(summaryRow(/^Team × 3/).textContent).toContain('$36.00');
  });

  it('sends one request per typing burst and announces the settled total', async () => {
    const api = installBackend(makeSession());
    // A debounce long enough that a loaded CI machine still types the burst inside it.
    const { user } = renderEditor({ locale: 'en-US', previewDebounceMs: 400 });
    const quantity = await screen.findByRole('spinbutton', { name: 'Quantity' });
    await user.clear(quantity);
    await user.type(quantity, '125');
    await waitFor(() => expect(summaryRow(/^Total/).textContent).toContain('$1,500.00 / month'));
    await sleep(500);
    const sent = api.requests('POST', '/summary');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({ contract: { plan_id: 'team', quantity: 125 } });
    expect(summaryRow(/^Change/).textContent).toContain('+$1,464.00 / month');
    const region = screen.getByRole('region', { name: 'Price summary' });
    const live = region.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('New total: $1,500.00 / month');
  });

  it('keeps the old figures marked as updating while a preview loads', async () => {
    installBackend(makeSession(), { summaryDelay: () => 300 });
    const { user } = renderEditor({ locale: 'en-US' });
    await user.click(await screen.findByRole('button', { name: 'Increase quantity' }));
    const region = screen.getByRole('region', { name: 'Price summary' });
    await within(region).findByText('Updating…');
    expect(summaryRow(/^Total/).textContent).toContain('$36.00 / month');
    await waitFor(() => expect(summaryRow(/^Total/).textContent).toContain('$48.00 / month'));
    expect(within(region).queryByText('Updating…')).toBeNull();
    expect(summaryRow(/^Change/).textContent).toContain('+$12.00 / month');
  });

  it('aborts the older request and never shows a stale answer', async () => {
    const api = installBackend(makeSession(), {
      summaryDelay: (contract) => ('quantity' in contract && contract.quantity === 4 ? 1500 : 20),
    });
    const { user } = renderEditor({ locale: 'en-US' });
    await user.click(await screen.findByRole('button', { name: 'Increase quantity' }));
    await waitFor(() => expect(api.requests('POST', '/summary')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Increase quantity' }));
    await waitFor(() => expect(summaryRow(/^Total/).textContent).toContain('$60.00 / month'));
    const [first, second] = api.requests('POST', '/summary');
    expect(first?.body).toMatchObject({ contract: { quantity: 4 } });
    expect(second?.body).toMatchObject({ contract: { quantity: 5 } });
    expect(first?.aborted()).toBe(true);
    // Past the moment the stale answer would have arrived: still the newer figures.
    await sleep(1600);
    expect(summaryRow(/^Total/).textContent).toContain('$60.00 / month');
  });

  it('sends no request for invalid input', async () => {
    const api = installBackend(makeSession());
    const { user } = renderEditor({ previewDebounceMs: 400 });
    const quantity = await screen.findByRole('spinbutton', { name: 'Quantity' });
    // Typed as one burst: the valid prefixes "9" and "99" never settle, "9999" is invalid.
    await user.clear(quantity);
    await user.type(quantity, '9999');
    await screen.findByText('Enter a quantity from 1 to 500.');
    await sleep(500);
    expect(api.requests('POST', '/summary')).toHaveLength(0);
  });

  it('explains tiers for tiered plans', async () => {
    installBackend(
      makeSession({
        contract: { plan_id: 'scale', quantity: 60, currency: 'USD', start_date: '2099-01-01' },
      }),
    );
    renderEditor({ locale: 'en-US' });
    const region = await screen.findByRole('region', { name: 'Price summary' });
    expect(within(region).getByText('Tier 2 of 3: from 51 seats, $80.00 each.')).toBeTruthy();
    expect(within(region).getByText('Next tier from 251 seats: $60.00 each.')).toBeTruthy();
  });
});
