import type { Browser, Page } from '@playwright/test';
import { createGuestSession, demoUrl, readSession } from './support/api.js';
import { expectNoAxeViolations } from './support/axe.js';
import { expect, test } from './support/test.js';
import {
  alert,
  editor,
  quantity,
  recordRequests,
  saveButton,
  savedStatus,
  summaryRow,
} from './support/widget.js';

/*
 * The demo's support desk (/support.html?session_id=…): the demo's server side mints a support
 * token for "Demo agent"; the page shows the merchant editor with every section and the Change
 * history (widget.md, "Support desk").
 */

const deskUrl = (id: string) => `/support.html?session_id=${id}`;
const history = (page: Page) => page.getByRole('list', { name: 'Change history' });
const entries = (page: Page) => history(page).getByRole('listitem');

test('the desk edits with a reason and a note; the entry appears on top; the shopper sees the new price', async ({
  page,
  request,
}) => {
  const created = await createGuestSession(request);
  const minted = page.waitForResponse((r) => r.url().includes('/desk/support_token'));
  const response = await page.goto(deskUrl(created.id));
  // The desk carries the same strict CSP as the storefront.
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe');
  // Only the token reaches the page, never the secret key.
  const tokenBody = await (await minted).json();
  expect(Object.keys(tokenBody).sort()).toEqual(['actor', 'expires_at', 'token']);
  expect(tokenBody.token).toMatch(/^st_/);
  expect(JSON.stringify(tokenBody)).not.toContain(process.env.E2E_SECRET_KEY ?? 'sk_');

  await expect(editor(page)).toBeVisible();
  for (const name of ['Expires at', 'Currency', 'Success URL', 'UTM source', 'Note']) {
    await expect(page.getByLabel(name, { exact: true })).toBeVisible();
  }
  await expect(history(page)).toBeVisible();
  await expect(entries(page)).toHaveCount(0);
  await expectNoAxeViolations(page, 'desk, editing');

  await quantity(page).fill('6');
  await page.getByLabel('Reason for update').selectOption({ label: 'Other' });
  await page.getByLabel('Note').fill('Customer asked for one more seat');
  await saveButton(page).click();
  await expect(savedStatus(page)).toBeVisible();
  await expect(entries(page)).toHaveCount(1);
  const top = entries(page).first();
  await expect(top).toContainText('Support: Demo agent');
  await expect(top).toContainText('Reason: Other');
  await expect(top).toContainText('Note: Customer asked for one more seat');
  await expect(top).toContainText('Quantity: 5 → 6');
  await expect(top).toContainText('Total: $60.00 / month → $72.00 / month');
  await expectNoAxeViolations(page, 'desk, saved with history');

  // A second change lands on top of the first.
  await page.getByLabel('Success URL').fill('https://shop.example/done');
  await saveButton(page).click();
  await expect(entries(page)).toHaveCount(2);
  await expect(entries(page).first()).toContainText(
    'Success URL: none → https://shop.example/done',
  );
  await expect(entries(page).nth(1)).toContainText('Quantity: 5 → 6');

  const stored = await readSession(request, created.id);
  const trail = stored.custom_data.audit_trail as { actor: string; actor_name: string }[];
  expect(trail.map((e) => [e.actor, e.actor_name])).toEqual([
    ['support', 'Demo agent'],
    ['support', 'Demo agent'],
  ]);

  const shopper = await page.context().newPage();
  await shopper.goto(demoUrl(created));
  await expect(summaryRow(shopper, 'Total')).toContainText('$72.00');
});

async function openBoth(browser: Browser, created: { id: string; clientSecret: string }) {
  const shopperContext = await browser.newContext();
  const agentContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  const agent = await agentContext.newPage();
  await shopper.goto(demoUrl(created));
  await agent.goto(deskUrl(created.id));
  await expect(editor(shopper)).toBeVisible();
  await expect(editor(agent)).toBeVisible();
  return {
    shopper,
    agent,
    close: () => Promise.all([shopperContext.close(), agentContext.close()]),
  };
}

test('two people at once: the agent saves second, gets the conflict naming the change, keeps the typed edits', async ({
  browser,
  request,
}) => {
  const created = await createGuestSession(request);
  const { shopper, agent, close } = await openBoth(browser, created);

  await quantity(shopper).fill('7');
  await saveButton(shopper).click();
  await expect(savedStatus(shopper)).toBeVisible();

  await agent.getByLabel('Success URL').fill('https://shop.example/thanks');
  await agent.getByLabel('Note').fill('Fix the redirect');
  await saveButton(agent).click();
  const conflict = alert(agent).filter({ hasText: 'changed elsewhere' });
  await expect(conflict).toContainText('quantity');
  await expect(conflict.getByRole('button', { name: 'Reload session' })).toBeVisible();
  // The typed edits stay on screen until the agent chooses to reload.
  await expect(agent.getByLabel('Success URL')).toHaveValue('https://shop.example/thanks');
  await expect(agent.getByLabel('Note')).toHaveValue('Fix the redirect');
  await expectNoAxeViolations(agent, 'desk, conflict');
  // Nothing the shopper saved was overwritten.
  expect((await readSession(request, created.id)).contract).toMatchObject({ quantity: 7 });

  await conflict.getByRole('button', { name: 'Reload session' }).click();
  await expect(quantity(agent)).toHaveValue('7');
  await expect(entries(agent).first()).toContainText('Shopper');
  await expect(entries(agent).first()).toContainText('Quantity: 5 → 7');
  // Now the agent's change goes through on top of the shopper's.
  await agent.getByLabel('Success URL').fill('https://shop.example/thanks');
  await saveButton(agent).click();
  await expect(entries(agent)).toHaveCount(2);
  const stored = await readSession(request, created.id);
  expect(stored.success_url).toBe('https://shop.example/thanks');
  expect(stored.contract).toMatchObject({ quantity: 7 });
  await close();
});

test('two people at once: the shopper saves second and is told the agent changed the quantity', async ({
  browser,
  request,
}) => {
  const created = await createGuestSession(request);
  const { shopper, agent, close } = await openBoth(browser, created);

  await quantity(agent).fill('9');
  await saveButton(agent).click();
  await expect(savedStatus(agent)).toBeVisible();

  await quantity(shopper).fill('6');
  await saveButton(shopper).click();
  const conflict = alert(shopper).filter({ hasText: 'changed elsewhere' });
  await expect(conflict).toContainText('quantity');
  await expect(quantity(shopper)).toHaveValue('6');
  expect((await readSession(request, created.id)).contract).toMatchObject({ quantity: 9 });
  await conflict.getByRole('button', { name: 'Reload session' }).click();
  await expect(quantity(shopper)).toHaveValue('9');
  await close();
});

test('the desk warns before expiry, and turns read-only when the session expires while open', async ({
  page,
  request,
}) => {
  const soon = await createGuestSession(request, {
    expires_at: new Date(Date.now() + 5 * 60_000).toISOString(),
  });
  await page.goto(deskUrl(soon.id));
  await expect(editor(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'expires' })).toBeVisible();
  await expectNoAxeViolations(page, 'desk, expiry warning');
  // Support extends the session: the warning goes, the history says so.
  const later = await page.evaluate(() => {
    const d = new Date(Date.now() + 2 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await page.getByLabel('Expires at').fill(later);
  await saveButton(page).click();
  await expect(savedStatus(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'expires' })).toHaveCount(0);
  await expect(entries(page).first()).toContainText('Expires at:');
  const extended = await readSession(request, soon.id);
  expect(Date.parse(extended.expires_at)).toBeGreaterThan(Date.now() + 86_400_000);

  const brief = await createGuestSession(request, {
    expires_at: new Date(Date.now() + 4000).toISOString(),
  });
  await page.goto(deskUrl(brief.id));
  await expect(editor(page)).toBeVisible();
  await expect(page.getByText('This checkout has expired and cannot be changed.')).toBeVisible({
    timeout: 10_000,
  });
  await expect(editor(page)).toHaveCount(0);
  await expect(history(page)).toBeVisible();
  await expectNoAxeViolations(page, 'desk, expired while open');
});

test('the storefront page links to nothing of the desk', async ({ page, request }) => {
  const created = await createGuestSession(request);
  await page.goto(demoUrl(created));
  await expect(editor(page)).toBeVisible();
  expect(await page.content()).not.toContain('support.html');
});

test('the desk works on a support token minted elsewhere (?support_token=)', async ({
  page,
  request,
}) => {
  const created = await createGuestSession(request);
  const minted = await request.post(
    `${process.env.E2E_API_URL}/checkout_session/${created.id}/support_tokens`,
    {
      headers: { Authorization: `Bearer ${process.env.E2E_SECRET_KEY}` },
      data: { actor: 'Grace (e2e)', ttl_seconds: 300 },
    },
  );
  expect(minted.status()).toBe(201);
  const { token } = await minted.json();
  const asked = recordRequests(page, (r) => r.url().includes('/desk/support_token'));
  await page.goto(`${deskUrl(created.id)}&support_token=${token}`);
  await quantity(page).fill('8');
  await saveButton(page).click();
  await expect(entries(page).first()).toContainText('Support: Grace (e2e)');
  await expect(entries(page).first()).toContainText('Quantity: 5 → 8');
  expect(asked).toHaveLength(0);
});

test('a support token that expires: a read-only sentence, then the desk mints a new one', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const created = await createGuestSession(request);
  const minted = await request.post(
    `${process.env.E2E_API_URL}/checkout_session/${created.id}/support_tokens`,
    {
      headers: { Authorization: `Bearer ${process.env.E2E_SECRET_KEY}` },
      data: { actor: 'Short-lived agent', ttl_seconds: 60 },
    },
  );
  const { token, expires_at: expiresAt } = await minted.json();
  // The desk's own token endpoint answers slowly, so the read-only sentence can be seen.
  await page.route('**/desk/support_token**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(`${deskUrl(created.id)}&support_token=${token}`);
  await expect(editor(page)).toBeVisible();
  await page.waitForTimeout(Math.max(0, Date.parse(expiresAt) - Date.now() + 1000));
  await quantity(page).fill('6');
  await saveButton(page).click();
  await expect(alert(page)).toContainText('Your access to this checkout has expired.');
  await expectNoAxeViolations(page, 'desk, token expired');
  // The desk heard the 401 through onError and minted a new token for "Demo agent".
  await expect(editor(page)).toBeVisible();
  await quantity(page).fill('6');
  await saveButton(page).click();
  await expect(entries(page).first()).toContainText('Support: Demo agent');
});
