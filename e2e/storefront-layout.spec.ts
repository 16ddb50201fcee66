import type { Page } from '@playwright/test';
import { demoUrl } from './support/api.js';
import { openStorefront } from './support/storefront.js';
import { expect, test } from './support/test.js';

/*
 * Layout by container (widget.md, "Every shopper, every storefront"): the demo's `?width=` puts
 * the widget in a column of exactly that width, so these measure the container, not the window.
 */

const widths = [320, 375, 420, 1280];
const languages = ['en', 'de', 'fr', 'es', 'ja', 'ar'];

/** What overflows, breaks or is too small in the widget and the page, as readable lines. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').slice(0, 30)}"`;
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) {
      problems.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    }
    const root = document.querySelector('.ce-root');
    if (!root) return ['no .ce-root'];
    const box = root.getBoundingClientRect();
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.ce-visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
        problems.push(
          `outside the widget: ${name(el)} [${r.left}, ${r.right}] of [${box.left}, ${box.right}]`,
        );
      }
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        problems.push(`clipped: ${name(el)}`);
      }
    }
    // An amount or a date is one unbroken piece: all its boxes (one per bidi run) on one line.
    for (const amount of root.querySelectorAll('.ce-table td')) {
      const range = document.createRange();
      range.selectNodeContents(amount);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size !== 1) problems.push(`amount broken: ${name(amount)}`);
    }
    // WCAG 2.2 target size (minimum): every control at least 24 × 24 px.
    const controls = document.querySelectorAll(
      '.ce-root button, .ce-root input, .ce-root select, .ce-root textarea, .pay-button',
    );
    for (const control of controls) {
      const r = control.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) {
        problems.push(`target ${Math.round(r.width)}×${Math.round(r.height)}: ${name(control)}`);
      }
    }
    return problems;
  });
}

for (const lang of languages) {
  test(`no overflow, broken amount or small target at 320–1280 px of widget (${lang})`, async ({
    page,
    request,
  }) => {
    const session = await openStorefront(page, request, { lang, width: widths[0], viewport: 360 });
    for (const width of widths) {
      await page.setViewportSize({ width: Math.max(360, width + 40), height: 800 });
      await page.goto(demoUrl(session, { lang, width: String(width) }));
      await expect(page.locator('.ce-total td')).toContainText('60');
      const rootWidth = await page.locator('.ce-root').evaluate((el) => el.clientWidth);
      expect(rootWidth, 'the widget is as wide as its column').toBe(width);
      expect(await layoutProblems(page), `${lang} at ${width} px`).toEqual([]);
    }
  });
}

test('at 420 px of widget on a wide page the layout still follows the column', async ({
  page,
  request,
}) => {
  await openStorefront(page, request, { viewport: 1280, width: 420 });
  const quantity = await page.locator('.ce-root input[type="number"]').boundingBox();
  expect(quantity?.width ?? 0).toBeGreaterThan(60);
  // One column: the summary sits above the fields, not beside them.
  const summary = await page.locator('.ce-summary').boundingBox();
  const plans = await page.locator('.ce-plans').boundingBox();
  expect(summary && plans && summary.y < plans.y).toBe(true);
  // The plan price wraps under the plan name.
  const name = await page.locator('.ce-plan-name').first().boundingBox();
  const price = await page.locator('.ce-plan-price').first().boundingBox();
  expect(name && price && price.y >= name.y + name.height - 1).toBe(true);
  expect(name && price && Math.abs(price.x - name.x) < 2).toBe(true);
});

test('at 1280 px the summary is a column beside the fields', async ({ page, request }) => {
  await openStorefront(page, request, { viewport: 1280 });
  const summary = await page.locator('.ce-summary').boundingBox();
  const plans = await page.locator('.ce-plans').boundingBox();
  expect(summary && plans && summary.x > plans.x + plans.width).toBe(true);
});

for (const viewport of [320, 375]) {
  test(`on a ${viewport} px phone the total stays in view near the top while editing`, async ({
    page,
    request,
  }) => {
    await openStorefront(page, request, { viewport, lang: 'de' });
    expect(await layoutProblems(page)).toEqual([]);
    const date = page.locator('.ce-root input[type="date"]');
    const email = page.locator('.ce-root input[type="email"]');
    for (const field of [page.locator('.ce-root input[type="number"]'), date, email]) {
      await field.focus();
      await field.scrollIntoViewIfNeeded();
      const total = await page.locator('.ce-total').boundingBox();
      const summary = await page.locator('.ce-summary').boundingBox();
      const focused = await field.boundingBox();
      expect(total, 'the total row').not.toBeNull();
      if (!total || !summary || !focused) return;
      expect(total.y, 'the total is on screen').toBeGreaterThanOrEqual(0);
      expect(total.y + total.height, 'near the top').toBeLessThan(400);
      // The sticky summary never covers the field being edited (WCAG 2.4.11).
      expect(
        focused.y >= summary.y + summary.height || focused.y + focused.height <= summary.y,
      ).toBe(true);
    }
  });
}
