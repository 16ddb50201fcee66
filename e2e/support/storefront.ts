import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { type CreatedSession, confirmAsMerchant, createGuestSession, demoUrl } from './api.js';

/*
 * The storefront states the "Every shopper, every storefront" specs look at, in any language,
 * theme, direction and width. Found by structure where names change with the language.
 */

/** The states the accessibility and screenshot specs visit. */
export const states = ['editing', 'invalid', 'saved', 'read-only'] as const;
export type StorefrontState = (typeof states)[number];

export interface StorefrontOptions {
  /** `?lang=`: `ar` makes the page right-to-left. */
  lang?: string;
  /** Emulated `prefers-color-scheme` (the widget and the page follow it). */
  scheme?: 'light' | 'dark';
  /** Viewport width; the height is 800. */
  viewport?: number;
  /** `?width=`: the widget's column width. */
  width?: number;
}

/** Opens a fresh guest session (Team × 5, USD) on the demo and waits for the settled form. */
export async function openStorefront(
  page: Page,
  request: APIRequestContext,
  { lang, scheme = 'light', viewport = 1280, width }: StorefrontOptions = {},
  session?: CreatedSession,
) {
  await page.setViewportSize({ width: viewport, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  const created = session ?? (await createGuestSession(request));
  const params: Record<string, string> = {};
  if (lang) params.lang = lang;
  if (width) params.width = String(width);
  await page.goto(demoUrl(created, params));
  await expect(page.locator('.ce-root form')).toBeVisible();
  await expect(page.locator('.ce-total td')).toContainText('60');
  return created;
}

/** Drives the open storefront into `state` (a paid session for read-only). */
export async function reach(
  page: Page,
  request: APIRequestContext,
  state: StorefrontState,
  session: CreatedSession,
) {
  const quantity = page.locator('.ce-root input[type="number"]');
  if (state === 'invalid') {
    await quantity.fill('0');
    await quantity.blur();
    await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  } else if (state === 'saved') {
    await quantity.fill('8');
    await expect(page.locator('.ce-total td')).toContainText('96');
    await page.locator('.ce-root button[type="submit"]').click();
    await expect(page.locator('.ce-status')).not.toBeEmpty();
  } else if (state === 'read-only') {
    await confirmAsMerchant(request, session.id, 'pm_card_ok');
    await page.reload();
    await expect(page.locator('.ce-read-only')).toBeVisible();
  }
}

/** Sessions for specs that only read: a fresh guest, or a paid one. */
export async function freshSession(request: APIRequestContext) {
  return createGuestSession(request);
}
