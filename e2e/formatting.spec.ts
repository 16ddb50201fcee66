import { createSession, demoUrl, utcDate } from './support/api.js';
import { expect, test } from './support/test.js';
import { checkoutEditor, formatMoney, summaryRow } from './support/widget.js';

/*
 * Money is minor units on the wire; the widget formats it with the currency's ISO 4217 exponent
 * for the locale. Expected strings come from the browser's own Intl, so ICU spacing quirks
 * (narrow no-break spaces in de-DE) cannot make the test flaky.
 */

test('JPY has no decimals', async ({ page, request }) => {
  const session = await createSession(request, {
    contract: { plan_id: 'team', quantity: 7, currency: 'JPY', start_date: utcDate(3) },
  });
  await page.goto(demoUrl(session));
  await expect(summaryRow(page, 'Total')).toContainText(
    await formatMoney(page, 12600, 'JPY', 'en-US'),
  );
  await expect(summaryRow(page, 'Total')).toContainText('¥12,600');

  const widget = checkoutEditor(page);
  await widget.setQuantity(8);
  await widget.waitForPrice();
  expect(await widget.total()).toContain('¥14,400');
});

test('KWD has three decimals', async ({ page, request }) => {
  // e2e/fixtures/catalog.json prices Team at 3.750 KWD a seat.
  const session = await createSession(request, {
    contract: { plan_id: 'team', quantity: 2, currency: 'KWD', start_date: utcDate(3) },
  });
  await page.goto(demoUrl(session));
  const expected = await formatMoney(page, 7500, 'KWD', 'en-US');
  expect(expected).toContain('7.500');
  await expect(summaryRow(page, 'Total')).toContainText(expected);
  // Plans without a KWD price are not offered (widget.md, behaviour 3).
  const plans = page.getByRole('radiogroup', { name: 'Plan' });
  await expect(plans.getByRole('radio', { name: /Team/ })).toBeVisible();
  await expect(plans.getByRole('radio', { name: /Scale/ })).toHaveCount(0);
});

test('?locale=de-DE formats for Germany and keeps the English names', async ({ page, request }) => {
  const startDate = utcDate(30);
  const session = await createSession(request, {
    contract: { plan_id: 'team', quantity: 5, currency: 'USD', start_date: startDate },
  });
  await page.goto(demoUrl(session, { locale: 'de-DE' }));

  await expect(page.getByRole('form', { name: 'Edit checkout' })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Quantity' })).toHaveValue('5');
  const summary = page.getByRole('region', { name: 'Price summary' });
  const expected = await formatMoney(page, 6000, 'USD', 'de-DE');
  expect(expected).toMatch(/^60,00\s\$$/);
  await expect(summary.getByRole('row', { name: /^Total/ })).toContainText(expected);
  const firstBilling = await page.evaluate(
    (day) =>
      new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        Date.parse(`${day}T00:00:00Z`),
      ),
    startDate,
  );
  await expect(summary.getByRole('row', { name: /^First billing date/ })).toContainText(
    firstBilling,
  );
  await expect(page.getByRole('button', { name: 'Continue to payment' })).toBeVisible();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
});

test('&lang=de speaks German', async ({ page, request }) => {
  const session = await createSession(request, {
    contract: { plan_id: 'team', quantity: 5, currency: 'USD' },
  });
  await page.goto(demoUrl(session, { locale: 'de-DE', lang: 'de' }));

  await expect(page.getByRole('form', { name: 'Checkout bearbeiten' })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Menge' })).toHaveValue('5');
  await expect(
    page.getByRole('region', { name: 'Preisübersicht' }).getByRole('row', { name: /^Gesamt/ }),
  ).toContainText(await formatMoney(page, 6000, 'USD', 'de-DE'));
  await expect(page.getByRole('button', { name: 'Weiter zur Zahlung' })).toBeVisible();
  expect(await page.locator('html').getAttribute('lang')).toBe('de-DE');
});
