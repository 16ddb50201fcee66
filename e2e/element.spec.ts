// /element.html (embed.md §3): the plain storefront page with the standalone <checkout-editor>,
// same query parameters and the same strict CSP as the main page (no violation: the auto
// fixture of support/test.ts fails a test on any securitypolicyviolation).

import { createGuestSession, demoUrl } from './support/api.js';
import { expectNoAxeViolations } from './support/axe.js';
import { expect, test } from './support/test.js';
import { editor, priceSummary, quantity, saveButton, savedStatus } from './support/widget.js';

test('element.html carries the strict CSP and loads no React of its own', async ({ request }) => {
  const response = await request.get('/element.html');
  expect(response.headers()['content-security-policy']).toContain("style-src 'self'");
  const html = await response.text();
  expect(html).not.toMatch(/<style[\s>]|\sstyle=/i);
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
  for (const src of scripts) {
    const code = await (await request.get(src)).text();
    expect(code, src).not.toContain('react-dom');
  }
  const standalone = await request.get('/checkout-editor.standalone.js');
  expect(standalone.ok()).toBe(true);
});

test('edits and saves a server session through <checkout-editor>', async ({ page, request }) => {
  const session = await createGuestSession(request);
  const url = demoUrl(session).replace(/^\/\??/, '/element.html?');
  await page.goto(url);
  await expect(editor(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('checkout-editor')).toHaveCount(1);
  const before = await priceSummary(page).textContent();
  await page.getByRole('button', { name: 'Increase quantity' }).click();
  await expect(priceSummary(page)).not.toHaveText(before ?? '');
  await expectNoAxeViolations(page, 'element, editing');
  await saveButton(page).click();
  await expect(savedStatus(page)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your order was updated.' }),
  ).toBeVisible();
});

test('runs on the in-browser mock, in German', async ({ page }) => {
  await page.goto('/element.html?mock=1&locale=de-DE&lang=de');
  await expect(page.getByRole('button', { name: 'Änderungen speichern' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(quantity(page).or(page.getByRole('spinbutton', { name: 'Menge' }))).toBeVisible();
});
