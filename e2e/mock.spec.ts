import { expect, test } from './support/test.js';
import { checkoutEditor, editor, quantity, summaryRow } from './support/widget.js';

test('?mock=1 runs the whole flow on the in-browser mock, without the server', async ({ page }) => {
  const apiResponses: { url: string; fromServiceWorker: boolean }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) {
      apiResponses.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() });
    }
  });

  await page.goto('/?mock=1');
  await expect(editor(page)).toBeVisible({ timeout: 15_000 });
  // The seeded guest session: Team × 5 in USD.
  await expect(page.getByRole('radio', { name: /Team/ })).toBeChecked();
  await expect(quantity(page)).toHaveValue('5');
  await expect(summaryRow(page, 'Total')).toContainText('$60.00');

  const widget = checkoutEditor(page);
  await widget.increaseQuantity();
  await widget.waitForPrice();
  expect(await widget.total()).toContain('$72.00');
  await widget.save();
  expect(await widget.status()).toMatch(/saved/i);

  expect(apiResponses.length).toBeGreaterThan(0);
  expect(apiResponses.filter((r) => !r.fromServiceWorker)).toEqual([]);
});

test('?mock=1 pays with the test card and then shows the session read-only', async ({ page }) => {
  await page.goto('/?mock=1');
  await expect(editor(page)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment complete' })).toBeVisible();
  await expect(editor(page)).toHaveCount(0);
});
