import type { Request } from '@playwright/test';
import { readSession, updateAsMerchant } from './support/api.js';
import { expect, test } from './support/test.js';
import {
  alert,
  checkoutEditor,
  isSaveRequest,
  openEditor,
  quantity,
  recordRequests,
  saveButton,
  savedStatus,
  summaryRow,
} from './support/widget.js';

test('a session changed elsewhere meanwhile: 412, an alert that explains, "Reload session"', async ({
  page,
  request,
}) => {
  const session = await openEditor(page, request);
  const widget = checkoutEditor(page);
  await widget.setQuantity(8);
  await widget.waitForPrice();
  expect(await widget.total()).toContain('$96.00');

  // Support staff change the quantity behind the shopper's back.
  await updateAsMerchant(request, session.id, {
    contract: { ...session.session.contract, quantity: 12 },
  });

  await widget.save();
  const conflict = alert(page).filter({
    has: page.getByRole('button', { name: 'Reload session' }),
  });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(/changed/i);
  await expect(conflict).toContainText(/quantity/i);
  // Nothing the shopper typed was written over the merchant's change.
  expect(await readSession(request, session.id)).toMatchObject({
    version: 2,
    contract: { quantity: 12 },
  });

  await conflict.getByRole('button', { name: 'Reload session' }).click();
  await expect(quantity(page)).toHaveValue('12');
  await widget.waitForPrice();
  expect(await widget.total()).toContain('$144.00');
  await expect(alert(page)).toHaveCount(0);
});

test('a network failure on save keeps the input; "Retry" resends the same Idempotency-Key', async ({
  page,
  request,
}) => {
  const session = await openEditor(page, request);
  const saves = recordRequests(page, isSaveRequest);
  let failNext = true;
  await page.route('**/api/checkout_session/*', async (route) => {
    if (route.request().method() === 'PATCH' && failNext) {
      failNext = false;
      await route.abort('internetdisconnected');
      return;
    }
    await route.fallback();
  });

  const widget = checkoutEditor(page);
  await widget.setQuantity(8);
  await widget.waitForPrice();
  expect(await widget.total()).toContain('$96.00');
  await widget.save();

  const failure = alert(page).filter({ has: page.getByRole('button', { name: 'Retry' }) });
  await expect(failure).toBeVisible();
  await expect(quantity(page)).toHaveValue('8');

  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => widget.status()).toMatch(/saved/i);

  expect(saves).toHaveLength(2);
  const [first, retry] = saves as [Request, Request];
  expect(retry.headers()['idempotency-key']).toBeTruthy();
  expect(retry.headers()['idempotency-key']).toBe(first.headers()['idempotency-key']);
  expect(retry.postData()).toBe(first.postData());
  expect(await readSession(request, session.id)).toMatchObject({
    version: 2,
    contract: { quantity: 8 },
  });
});

test('a double click sends one save', async ({ page, request }) => {
  await openEditor(page, request);
  const saves = recordRequests(page, isSaveRequest);
  const widget = checkoutEditor(page);
  await widget.setQuantity(6);
  await widget.waitForPrice();
  expect(await widget.total()).toContain('$72.00');

  // Not widget.save(): the point is two clicks in a row.
  await saveButton(page).dblclick();
  await expect(savedStatus(page)).toBeVisible();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect(saves).toHaveLength(1);
});

test('the whole flow works by keyboard alone', async ({ page, request }) => {
  const session = await openEditor(page, request);

  // Tab from the top of the page to the quantity field.
  await page.locator('body').focus();
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if (await quantity(page).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(quantity(page)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(quantity(page)).toHaveValue('7');
  await expect(summaryRow(page, 'Total')).toContainText('$84.00');

  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if (await saveButton(page).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(saveButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(savedStatus(page)).toBeVisible();
  expect(await readSession(request, session.id)).toMatchObject({ contract: { quantity: 7 } });
});
