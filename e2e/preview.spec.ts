import type { Page, Route } from '@playwright/test';
import { expect, test } from './support/test.js';
import {
  checkoutEditor,
  isSummaryRequest,
  openEditor,
  priceSummary,
  quantity,
  recordRequests,
  saveButton,
  summaryRow,
} from './support/widget.js';

/** Records every text the "Total" row ever shows, to prove a figure never appeared. */
async function watchTotals(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __totals: string[] }).__totals = seen;
    const read = () => {
      for (const th of document.querySelectorAll('th')) {
        if (th.textContent?.trim() === 'Total') {
          const text = th.parentElement?.textContent ?? '';
          if (seen.at(-1) !== text) seen.push(text);
        }
      }
    };
    read();
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { __totals: string[] }).__totals);
}

test('a typing burst sends one preview, for the final value', async ({ page, request }) => {
  await openEditor(page, request);
  const previews = recordRequests(page, isSummaryRequest);

  await quantity(page).selectText();
  // Faster than the debounce (about 300 ms): one burst.
  await quantity(page).pressSequentially('120', { delay: 60 });
  await expect(summaryRow(page, 'Total')).toContainText('$1,440.00');
  await page.waitForTimeout(700);

  expect(previews).toHaveLength(1);
  expect(previews[0]?.postDataJSON()).toMatchObject({
    contract: { plan_id: 'team', quantity: 120, currency: 'USD' },
  });
});

test('a preview answer for an input that is no longer current is never shown', async ({
  page,
  request,
}) => {
  await openEditor(page, request);
  const held: Route[] = [];
  await page.route('**/api/checkout_session/summary', (route) => {
    held.push(route);
  });
  const totals = await watchTotals(page);

  await quantity(page).fill('8');
  await expect.poll(() => held.length).toBe(1);
  await quantity(page).fill('9');
  await expect.poll(() => held.length).toBe(2);
  // While the newest preview loads, the old figures stay.
  await expect(summaryRow(page, 'Total')).toContainText('$60.00');

  // Answer the newer request first, then the stale one (if the widget has not aborted it).
  await held[1]?.continue();
  await expect(summaryRow(page, 'Total')).toContainText('$108.00');
  await held[0]?.continue().catch(() => undefined);
  await page.waitForTimeout(500);

  await expect(summaryRow(page, 'Total')).toContainText('$108.00');
  expect((await totals()).some((text) => text.includes('$96.00'))).toBe(false);
});

test('a failing preview keeps the last figures, says so, and recovers on the next edit', async ({
  page,
  request,
}) => {
  await openEditor(page, request);
  await page.route('**/api/checkout_session/summary', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'internal_error', message: 'Boom.' } }),
    }),
  );
  const totals = await watchTotals(page);

  await quantity(page).fill('8');
  await expect(priceSummary(page)).toContainText(/could not be updated/i);
  await expect(summaryRow(page, 'Total')).toContainText('$60.00');
  await expect(saveButton(page)).toBeEnabled();

  await page.unroute('**/api/checkout_session/summary');
  const widget = checkoutEditor(page);
  await widget.setQuantity(9);
  await widget.waitForPrice();
  expect(await widget.total()).toContain('$108.00');
  await expect(priceSummary(page)).not.toContainText(/could not be updated/i);
  expect((await totals()).some((text) => text.includes('$96.00'))).toBe(false);

  await widget.save();
  expect(await widget.status()).toMatch(/saved/i);
});

test('invalid input sends no preview and shows its error once the user leaves the field', async ({
  page,
  request,
}) => {
  await openEditor(page, request);
  const previews = recordRequests(page, isSummaryRequest);

  await quantity(page).fill('0');
  await page.waitForTimeout(700);
  expect(previews).toHaveLength(0);

  await quantity(page).blur();
  await expect(quantity(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(quantity(page)).toHaveAccessibleDescription(/Enter a quantity/);
  expect(await checkoutEditor(page).errorFor('Quantity')).toBe('Enter a quantity from 1 to 500.');
  expect(previews).toHaveLength(0);
});
