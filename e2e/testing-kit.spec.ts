import { checkoutEditor, mockCheckoutApi } from '../src/testing/index.js';
import { demoUrl } from './support/api.js';
import { expect, test } from './support/test.js';

test('the demo on a mocked API: plan switch, save, injected failure, calls asserted', async ({
  page,
}) => {
  const api = await mockCheckoutApi(page);
  const [guest] = api.seeded;
  if (!guest) throw new Error('no seeded session');
  await page.goto(demoUrl(guest));
  const editor = checkoutEditor(page);
  await editor.waitForPrice();
  expect(await editor.total()).toContain('$60.00');

  await editor.selectPlan('Usage tiers');
  await editor.setQuantity(150);
  await editor.waitForPrice();
  expect(await editor.total()).toContain('$70.00');

  api.fail('update', 'network');
  await editor.save();
  await expect(page.getByRole('alert')).toContainText(/network|connection|reach/i);
  expect(await editor.status()).toBeNull();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => editor.status()).toMatch(/saved/i);

  const updates = api.calls().filter((call) => call.endpoint === 'update');
  expect(updates.map((call) => call.status)).toEqual([0, 200]);
  expect(updates[1]?.headers['idempotency-key']).toBe(updates[0]?.headers['idempotency-key']);
  expect(updates[1]?.body).toMatchObject({
    contract: { plan_id: 'usage', quantity: 150 },
    update_reason: 'plan_change',
  });
  expect(api.sessions()[0]).toMatchObject({ version: 2, contract: { plan_id: 'usage' } });
});

test('the driver reads errors and waits out a slow preview; setNow moves the API clock', async ({
  page,
}) => {
  const api = await mockCheckoutApi(page, { latencyMs: 20 });
  const [guest] = api.seeded;
  if (!guest) throw new Error('no seeded session');
  await page.goto(demoUrl(guest));
  const editor = checkoutEditor(page);
  await editor.waitForPrice();
  expect(await editor.errorFor('Quantity')).toBeNull();

  // A preview held back for a second: waitForPrice returns only once it has been shown.
  api.fail('summary', 'delay:1000');
  await editor.increaseQuantity();
  await editor.waitForPrice();
  expect(await editor.total()).toContain('$72.00');

  await editor.setQuantity(0);
  await editor.fillCustomer({ email: 'not an email', name: 'Ada' });
  await expect.poll(() => editor.errorFor('Quantity')).toBe('Enter a quantity from 1 to 500.');
  await editor.save();
  expect(await editor.errorFor('Email')).toBe('Enter a valid email address.');
  expect(await editor.status()).toBeNull();
  expect(api.calls().filter((call) => call.endpoint === 'update')).toEqual([]);

  // Two days on, the session (24 h by default) has expired: the page shows it read-only.
  api.setNow(Date.now() + 2 * 86_400_000);
  await page.reload();
  await expect(page.getByText('This checkout has expired and cannot be changed.')).toBeVisible();
  await expect(editor.form).toHaveCount(0);
});

test('the driver works inside an open shadow root (<checkout-editor>)', async ({ page }) => {
  const api = await mockCheckoutApi(page);
  const [guest] = api.seeded;
  if (!guest) throw new Error('no seeded session');
  await page.goto(demoUrl(guest));
  await checkoutEditor(page).waitForPrice();
  // The widget as rendered, moved into the shadow root of a custom element: the markup and
  // names are the widget's own, the shadow boundary is the element's.
  await page.evaluate(() => {
    const form = document.querySelector('form[aria-label="Edit checkout"]');
    if (!form) throw new Error('no form');
    const host = document.createElement('checkout-editor');
    host.attachShadow({ mode: 'open' }).append(form);
    document.body.replaceChildren(host);
  });
  const editor = checkoutEditor(page.locator('checkout-editor'));
  await expect(editor.form).toBeVisible();
  expect(await editor.total()).toContain('$60.00');
  await editor.waitForPrice();
  await editor.selectPlan('Starter');
  await expect(editor.form.getByRole('radio', { name: 'Starter' })).toBeChecked();
  await editor.setQuantity(7);
  await expect(editor.form.getByRole('spinbutton', { name: 'Quantity' })).toHaveValue('7');
  expect(await editor.errorFor('Quantity')).toBeNull();
  expect(await editor.status()).toBeNull();
});

test('injected 500s: a failed preview keeps the figures, a failed save says so and can be redone', async ({
  page,
}) => {
  const api = await mockCheckoutApi(page);
  const [guest] = api.seeded;
  if (!guest) throw new Error('no seeded session');
  await page.goto(demoUrl(guest));
  const editor = checkoutEditor(page);
  await editor.waitForPrice();

  api.fail('summary', '500');
  await editor.setQuantity(8);
  await editor.waitForPrice();
  await expect(editor.summary).toContainText(/could not be updated/i);
  expect(await editor.total()).toContain('$60.00');

  api.fail('update', '500');
  await editor.save();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await editor.status()).toBeNull();
  await editor.save();
  expect(await editor.status()).toBe('Changes saved.');
  expect(
    api
      .calls()
      .filter((call) => call.endpoint !== 'catalog' && call.endpoint !== 'read')
      .map((call) => `${call.endpoint} ${call.status}`),
  ).toEqual(['summary 500', 'update 500', 'update 200']);
});
