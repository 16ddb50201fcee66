import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/rules/dates.js';
import { description } from './a11y.js';
import { installBackend, makeSession, server, today } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('plans (widget.md 3)', () => {
  it('offers one radio per plan priced in the session currency, with its price', async () => {
    installBackend(
      makeSession({
        contract: { plan_id: 'team', quantity: 3, currency: 'JPY', start_date: today() },
        currency: 'JPY',
      }),
    );
    renderEditor({ locale: 'en-US' });
    const group = await screen.findByRole('radiogroup', { name: 'Plan' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['starter', 'team']);
    const team = within(group).getByRole('radio', { name: 'Team' });
    expect((team as HTMLInputElement).checked).toBe(true);
    expect(description(team)).toBe('¥1,800 each / month');
    expect(description(within(group).getByRole('radio', { name: 'Starter' }))).toBe(
      '¥1,400 / month',
    );
  });

  it('formats prices for the locale', async () => {
    installBackend(
      makeSession({
        contract: { plan_id: 'team', quantity: 3, currency: 'EUR', start_date: today() },
        currency: 'EUR',
      }),
    );
    renderEditor({ locale: 'de-DE' });
    const team = await screen.findByRole('radio', { name: 'Team' });
    expect(description(team)).toBe('11,00\u00a0€ each / month');
    expect(screen.queryByRole('radio', { name: 'Usage tiers' })).toBeNull();
  });
});

describe('quantity (widget.md 4)', () => {
  it('is a spinbutton bounded by the plan, described by unit label and range', async () => {
    installBackend(makeSession());
    const { user } = renderEditor();
    const quantity = await screen.findByRole('spinbutton', { name: 'Quantity' });
    expect(quantity.getAttribute('min')).toBe('1');
    expect(quantity.getAttribute('max')).toBe('500');
    expect(description(quantity)).toBe('seats, 1 to 500');
    await user.click(screen.getByRole('button', { name: 'Increase quantity' }));
    expect((quantity as HTMLInputElement).value).toBe('4');
    await user.click(screen.getByRole('button', { name: 'Decrease quantity' }));
    await user.click(screen.getByRole('button', { name: 'Decrease quantity' }));
    await user.click(screen.getByRole('button', { name: 'Decrease quantity' }));
    await user.click(screen.getByRole('button', { name: 'Decrease quantity' }));
    expect((quantity as HTMLInputElement).value).toBe('1');
  });

  it('is hidden for a plan with a fixed quantity and clamps into a new plan range', async () => {
    installBackend(makeSession());
    const { user } = renderEditor();
    await user.click(await screen.findByRole('radio', { name: 'Starter' }));
    expect(screen.queryByRole('spinbutton', { name: 'Quantity' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Scale' }));
    const quantity = screen.getByRole('spinbutton', { name: 'Quantity' }) as HTMLInputElement;
    expect(quantity.value).toBe('10');
  });

  it('shows an out-of-range error once the user pauses, as description + aria-invalid', async () => {
    installBackend(makeSession());
    // Long enough that a loaded machine still types "501" as one burst.
    const { user } = renderEditor({ previewDebounceMs: 400 });
    const quantity = await screen.findByRole('spinbutton', { name: 'Quantity' });
    await user.clear(quantity);
    await user.type(quantity, '501');
    expect(quantity.getAttribute('aria-invalid')).toBeNull();
    await screen.findByText('Enter a quantity from 1 to 500.');
    expect(quantity.getAttribute('aria-invalid')).toBe('true');
    expect(description(quantity)).toBe('Enter a quantity from 1 to 500.');
  });
});

describe('start date (widget.md 5)', () => {
  it('is limited to today..today+365 in UTC', async () => {
    installBackend(makeSession());
    renderEditor();
    const start = await screen.findByLabelText('Start date');
    expect(start.getAttribute('type')).toBe('date');
    expect(start.getAttribute('min')).toBe(today());
    expect(start.getAttribute('max')).toBe(addDays(today(), 365));
  });
});

describe('guest details (widget.md 6)', () => {
  it('are editable on a guest session', async () => {
    installBackend(makeSession());
    renderEditor();
    for (const name of ['Email', 'Full name', 'Company', 'Phone']) {
      expect(await screen.findByRole('textbox', { name })).toBeTruthy();
    }
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe(
      'ada@example.com',
    );
  });

  it('are read-only for a known customer', async () => {
    installBackend(makeSession({ customer_id: 'cus_1', customer: { email: 'grace@example.com' } }));
    renderEditor();
    await screen.findByRole('form', { name: 'Edit checkout' });
    expect(screen.queryByRole('textbox', { name: 'Email' })).toBeNull();
    expect(screen.getByText('grace@example.com')).toBeTruthy();
  });
});
