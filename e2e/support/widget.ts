import { type APIRequestContext, expect, type Page, type Request } from '@playwright/test';
import { checkoutEditor } from '../../src/testing/index.js';
import { createGuestSession, demoUrl } from './api.js';

/*
 * The widget as a user (and a screen reader) finds it: only the roles and names of widget.md.
 * Actions go through the merchants' driver (`checkout-editor/testing`, imported from src so the
 * suite needs no build): the project's own e2e are its first user. The locators below are for
 * what the driver does not cover (counting requests, axe states, attributes).
 */

export { checkoutEditor };

export const editor = (page: Page) => page.getByRole('form', { name: 'Edit checkout' });
export const priceSummary = (page: Page) => page.getByRole('region', { name: 'Price summary' });
/** A row of the price summary: "Total", "Due today", "First billing date". */
export const summaryRow = (page: Page, name: string) =>
  priceSummary(page).getByRole('row', { name: new RegExp(`^${name}\\b`) });
export const quantity = (page: Page) => page.getByRole('spinbutton', { name: 'Quantity' });
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Save changes' });
export const savedStatus = (page: Page) => page.getByRole('status').filter({ hasText: /saved/i });
export const alert = (page: Page) => page.getByRole('alert');

export const isSummaryRequest = (request: Request) =>
  request.method() === 'POST' &&
  new URL(request.url()).pathname === '/api/checkout_session/summary';
export const isSaveRequest = (request: Request) =>
  request.method() === 'PATCH' &&
  /^\/api\/checkout_session\/[^/]+$/.test(new URL(request.url()).pathname);

/** Collects the requests a page sends that match `predicate`, for counting. */
export function recordRequests(page: Page, predicate: (request: Request) => boolean): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (predicate(request)) seen.push(request);
  });
  return seen;
}

/** Formats money in the page's own ICU, as the widget does (minor units → locale string). */
export function formatMoney(page: Page, minor: number, currency: string, locale: string) {
  return page.evaluate(
    ([amount, code, tag]) => {
      const digits =
        new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
          .maximumFractionDigits ?? 2;
      return new Intl.NumberFormat(tag, {
        style: 'currency',
        currency: code,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(amount / 10 ** digits);
    },
    [minor, currency, locale] as const,
  );
}

/** Opens a fresh guest session on Team × 5 (USD) and waits until the editor has settled. */
export async function openEditor(page: Page, request: APIRequestContext) {
  const session = await createGuestSession(request);
  await page.goto(demoUrl(session));
  const driver = checkoutEditor(page);
  await expect(driver.form).toBeVisible();
  await driver.waitForPrice();
  expect(await driver.total()).toContain('$60.00');
  return session;
}
