import { createGuestSession, demoUrl } from './support/api.js';
import { expect, test } from './support/test.js';
import { editor } from './support/widget.js';

const required = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
];

test('every HTML response carries the strict Content-Security-Policy', async ({ request }) => {
  for (const path of ['/', '/?mock=1', '/index.html', '/?locale=de-DE', '/no/such/page']) {
    const response = await request.get(path);
    expect(response.headers()['content-type'], path).toContain('text/html');
    const policy = response.headers()['content-security-policy'] ?? '';
    for (const directive of required) expect(policy, `${path}: ${directive}`).toContain(directive);
    expect(policy, path).not.toMatch(/unsafe-|\*|data:|blob:/);

    // Nothing inline that the policy would have to allow.
    const html = await response.text();
    expect(html, path).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html, path).not.toMatch(/<style[\s>]/i);
    expect(html, path).not.toMatch(/\sstyle=/i);
    expect(html, path).not.toMatch(/\son[a-z]+=/i);
  }
});

test('no CSP violation while the widget loads, previews and saves (server)', async ({
  page,
  request,
}) => {
  // The auto fixture in support/test.ts fails the test on any securitypolicyviolation.
  const session = await createGuestSession(request);
  await page.goto(demoUrl(session, { locale: 'de-DE', lang: 'de' }));
  await expect(page.getByRole('form', { name: 'Checkout bearbeiten' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Menge' }).fill('9');
  await page.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: /gespeichert/ })).toBeVisible();
});

test('no CSP violation in mock mode (service worker, msw, zod jitless)', async ({ page }) => {
  await page.goto('/?mock=1');
  await expect(editor(page)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Increase quantity' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
});
