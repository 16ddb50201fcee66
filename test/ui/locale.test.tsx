import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { currencyExponent } from '../../src/core/rules/currencyExponent.js';
import { minorUnits, money } from '../../src/ui/format.js';
import { messagesDe } from '../../src/ui/messages/de.js';
import { installBackend, makeSession, server } from './backend.js';
import { renderEditor } from './renderEditor.js';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('locales', () => {
  it.each([
    [1400, 'JPY', 'en-US', '¥1,400'],
    [12345, 'KWD', 'en-US', 'KWD\u00a012.345'],
    [630000, 'USD', 'en-US', '$6,300.00'],
    [1100, 'EUR', 'de-DE', '11,00\u00a0€'],
  ])('formats %i %s for %s with the ISO exponent', (amount, currency, locale, text) => {
    expect(money(amount, currency, locale)).toBe(text);
  });

  it("keeps the browser's short exponent list in step with core's ISO 4217 table", () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const mismatches: string[] = [];
    for (const a of letters)
      for (const b of letters)
        for (const c of letters) {
          const code = a + b + c;
          const iso = currencyExponent(code);
          if (iso !== undefined && iso !== minorUnits(code)) mismatches.push(code);
        }
    expect(mismatches).toEqual([]);
  });

  it('renders German strings and formats with messages={de} and locale de-DE', async () => {
    installBackend(
      makeSession({
        contract: { plan_id: 'team', quantity: 3, currency: 'EUR', start_date: '2099-12-01' },
        currency: 'EUR',
      }),
    );
    renderEditor({ locale: 'de-DE', messages: messagesDe });
    await screen.findByRole('form', { name: 'Checkout bearbeiten' });
    const region = screen.getByRole('region', { name: 'Preisübersicht' });
    expect(within(region).getByRole('row', { name: /Gesamt/ }).textContent).toContain(
      '33,00\u00a0€ / Monat',
    );
    expect(screen.getByRole('spinbutton', { name: 'Menge' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Änderungen speichern' })).toBeTruthy();
  });
});
