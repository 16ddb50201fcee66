import { readSession } from './support/api.js';
import { expect, test } from './support/test.js';
import {
  checkoutEditor,
  editor,
  isSaveRequest,
  openEditor,
  priceSummary,
  quantity,
  recordRequests,
} from './support/widget.js';

test('a shopper changes plan and quantity, sees the price follow, and saves', async ({
  page,
  request,
}) => {
  const saves = recordRequests(page, isSaveRequest);
  const session = await openEditor(page, request);

  const widget = checkoutEditor(page);

  // Team × 5 → Usage tiers (volume): 150 units at 40¢ + $10.00 flat = $70.00 a month.
  await widget.selectPlan('Usage tiers');
  await widget.setQuantity(150);
  await widget.waitForPrice();
  expect(await widget.total()).toContain('$70.00');
  await expect(priceSummary(page)).toContainText('+$10.00');

  // And one more unit with the stepper: still the 101–1000 tier.
  await widget.increaseQuantity();
  await expect(quantity(page)).toHaveValue('151');
  await widget.waitForPrice();
  expect(await widget.total()).toContain('$70.40');

  await widget.save();
  expect(await widget.status()).toMatch(/saved/i);
  expect(await widget.total()).toContain('$70.40');

  expect(saves).toHaveLength(1);
  const sent = saves[0];
  expect(sent?.headers()['if-match']).toBe('"1"');
  expect(sent?.headers()['idempotency-key']).toBeTruthy();
  // Only what changed, with the reason inferred from it (widget.md, behaviour 8).
  expect(sent?.postDataJSON()).toMatchObject({
    contract: { plan_id: 'usage', quantity: 151, currency: 'USD' },
    update_reason: 'plan_change',
  });
  expect(sent?.postDataJSON()).not.toHaveProperty('customer');

  const stored = await readSession(request, session.id);
  expect(stored).toMatchObject({ version: 2, contract: { plan_id: 'usage', quantity: 151 } });
});

test('"Continue to payment" confirms the saved session and shows it paid, read-only', async ({
  page,
  request,
}) => {
  const session = await openEditor(page, request);

  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment complete' })).toBeVisible();
  await expect(editor(page)).toHaveCount(0);
  await expect(priceSummary(page)).toBeVisible();
  expect(await readSession(request, session.id)).toMatchObject({
    status: 'complete',
    payment_status: 'paid',
  });
});

test('"Continue to payment" saves pending edits first, so the shopper pays what they see', async ({
  page,
  request,
}) => {
  const session = await openEditor(page, request);
  const widget = checkoutEditor(page);
  await widget.increaseQuantity();
  await widget.waitForPrice();
  expect(await widget.total()).toContain('$72.00');
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment complete' })).toBeVisible();
  expect(await readSession(request, session.id)).toMatchObject({
    payment_status: 'paid',
    version: 3,
    contract: { quantity: 6 },
  });
});
