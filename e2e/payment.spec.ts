import type { Request } from '@playwright/test';
import { readSession, updateAsMerchant } from './support/api.js';
import { expect, test } from './support/test.js';
import {
  alert,
  isSaveRequest,
  openEditor,
  quantity,
  recordRequests,
  saveButton,
  summaryRow,
} from './support/widget.js';

/*
 * One checkout action (widget.md, "Every shopper, every storefront"): "Continue to payment"
 * flushes the editor, confirms with If-Match of the flushed session's version, and asks again
 * when the price changed between what the shopper saw and what would be paid.
 */

const payButton = (page: import('@playwright/test').Page) =>
  page.getByRole('button', { name: 'Continue to payment' });
const isConfirm = (request: Request) =>
  request.method() === 'POST' && /\/confirm$/.test(new URL(request.url()).pathname);

test('"Continue to payment" is the one primary action; "Save changes" is secondary', async ({
  page,
  request,
}) => {
  await openEditor(page, request);
  const background = (locator: ReturnType<typeof payButton>) =>
    locator.evaluate((el) => getComputedStyle(el).backgroundColor);
  const accent = await background(payButton(page));
  expect(await background(saveButton(page))).not.toBe(accent);
  const filled = await page
    .locator('button')
    .evaluateAll(
      (buttons, colour) =>
        buttons.filter((b) => getComputedStyle(b).backgroundColor === colour).length,
      accent,
    );
  expect(filled).toBe(1);
});

test('paying with invalid input pays nothing and shows the problem on the field', async ({
  page,
  request,
}) => {
  const session = await openEditor(page, request);
  const saves = recordRequests(page, isSaveRequest);
  await quantity(page).fill('0');
  // The error shows once the shopper pauses (as a person does before reaching for the button).
  await expect(quantity(page)).toHaveAttribute('aria-invalid', 'true');
  await payButton(page).click();
  await expect(alert(page).filter({ hasText: 'Please fix the marked fields.' })).toBeVisible();
  await expect(quantity(page)).toBeFocused();
  await expect(alert(page).filter({ hasText: 'could not be saved' })).toBeVisible();
  expect(saves).toHaveLength(0);
  expect(await readSession(request, session.id)).toMatchObject({ payment_status: 'not_started' });
});

test('a price that changed between the last preview and the payment is shown and asked again', async ({
  page,
  request,
}) => {
  const session = await openEditor(page, request);
  // The last preview the shopper sees is stale: it says $90.00 where the server will say $96.00.
  await page.route('**/api/checkout_session/summary', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    body.estimates.total = 9000;
    await route.fulfill({ response, json: body });
  });
  const confirms = recordRequests(page, isConfirm);
  await quantity(page).fill('8');
  await expect(summaryRow(page, 'Total')).toContainText('$90.00');

  await payButton(page).click();
  await expect(alert(page).filter({ hasText: 'The total is now $96.00 / month' })).toBeVisible();
  await expect(summaryRow(page, 'Total')).toContainText('$96.00');
  expect(confirms).toHaveLength(0);
  expect(await readSession(request, session.id)).toMatchObject({
    version: 2,
    payment_status: 'not_started',
    contract: { quantity: 8 },
  });

  await payButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment complete' })).toBeVisible();
  expect(confirms).toHaveLength(1);
  expect(confirms[0]?.headers()['if-match']).toBe('"2"');
  expect(await readSession(request, session.id)).toMatchObject({
    payment_status: 'paid',
    estimates: { total: 9600 },
  });
});

test('a session repriced elsewhere after the shopper looked is shown and asked again', async ({
  page,
  request,
}) => {
  const session = await openEditor(page, request);
  await updateAsMerchant(request, session.id, {
    contract: {
      plan_id: 'team',
      quantity: 10,
      currency: 'USD',
      start_date: session.session.contract.start_date,
    },
  });
  const confirms = recordRequests(page, isConfirm);

  await payButton(page).click();
  await expect(alert(page).filter({ hasText: 'The total is now $120.00 / month' })).toBeVisible();
  expect(confirms[0]?.headers()['if-match']).toBe('"1"');
  await expect(summaryRow(page, 'Total')).toContainText('$120.00');
  expect(await readSession(request, session.id)).toMatchObject({ payment_status: 'not_started' });

  await payButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment complete' })).toBeVisible();
  expect(confirms.at(-1)?.headers()['if-match']).toBe('"2"');
  expect(await readSession(request, session.id)).toMatchObject({
    payment_status: 'paid',
    estimates: { total: 12000 },
  });
});
