import type { Route } from '@playwright/test';
import { confirmAsMerchant, createGuestSession, demoUrl } from './support/api.js';
import { expectNoAxeViolations } from './support/axe.js';
import { expect, test } from './support/test.js';
import {
  alert,
  editor,
  priceSummary,
  quantity,
  saveButton,
  savedStatus,
  summaryRow,
} from './support/widget.js';

// axe-core takes a few seconds per run on a busy 2-core machine; these tests run it 3–4 times.
test.describe.configure({ timeout: 90_000 });

/** Holds requests matching `method` + `glob` until released, to freeze a state for axe. */
async function hold(page: import('@playwright/test').Page, glob: string, method: string) {
  const held: Route[] = [];
  await page.route(glob, async (route) => {
    if (route.request().method() === method) held.push(route);
    else await route.fallback();
  });
  return {
    waitForOne: () => expect.poll(() => held.length).toBeGreaterThan(0),
    release: async () => {
      await page.unroute(glob);
      for (const route of held.splice(0)) await route.fallback().catch(() => undefined);
    },
  };
}

test('loading, editing, previewing and invalid states pass WCAG 2.2 AA', async ({
  page,
  request,
}) => {
  const session = await createGuestSession(request);

  const loading = await hold(page, '**/api/checkout_session/*', 'GET');
  await page.goto(demoUrl(session));
  await loading.waitForOne();
  await expectNoAxeViolations(page, 'loading');
  await loading.release();

  await expect(editor(page)).toBeVisible();
  await expect(summaryRow(page, 'Total')).toContainText('$60.00');
  await expectNoAxeViolations(page, 'editing');

  const previewing = await hold(page, '**/api/checkout_session/summary', 'POST');
  await quantity(page).fill('8');
  await previewing.waitForOne();
  await expectNoAxeViolations(page, 'previewing');
  await previewing.release();
  await expect(summaryRow(page, 'Total')).toContainText('$96.00');

  await quantity(page).fill('0');
  await quantity(page).blur();
  await expect(quantity(page)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'invalid');
});

test('saving, saved and failed states pass WCAG 2.2 AA', async ({ page, request }) => {
  const session = await createGuestSession(request);
  await page.goto(demoUrl(session));
  await expect(editor(page)).toBeVisible();

  await quantity(page).fill('8');
  await expect(summaryRow(page, 'Total')).toContainText('$96.00');
  const saving = await hold(page, '**/api/checkout_session/*', 'PATCH');
  await saveButton(page).click();
  await saving.waitForOne();
  await expectNoAxeViolations(page, 'saving');
  await saving.release();
  await expect(savedStatus(page)).toBeVisible();
  await expectNoAxeViolations(page, 'saved');

  await page.route('**/api/checkout_session/*', (route) =>
    route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.fallback(),
  );
  await quantity(page).fill('9');
  await expect(summaryRow(page, 'Total')).toContainText('$108.00');
  await saveButton(page).click();
  await expect(alert(page).getByRole('button', { name: 'Retry' })).toBeVisible();
  await expectNoAxeViolations(page, 'failed');
});

test('the read-only state passes WCAG 2.2 AA', async ({ page, request }) => {
  const session = await createGuestSession(request);
  await confirmAsMerchant(request, session.id, 'pm_card_ok');
  await page.goto(demoUrl(session));
  await expect(priceSummary(page)).toBeVisible();
  await expectNoAxeViolations(page, 'read-only');
});
