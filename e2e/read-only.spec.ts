import { confirmAsMerchant, createGuestSession, demoUrl } from './support/api.js';
import { expect, test } from './support/test.js';
import { checkoutEditor, editor, saveButton } from './support/widget.js';

for (const { paymentMethod, reason } of [
  { paymentMethod: 'pm_card_ok', reason: /paid/i },
  { paymentMethod: 'pm_card_pending', reason: /in progress/i },
]) {
  test(`a session after ${paymentMethod} renders no form, only the summary and why`, async ({
    page,
    request,
  }) => {
    const session = await createGuestSession(request);
    await confirmAsMerchant(request, session.id, paymentMethod);
    await page.goto(demoUrl(session));

    const widget = checkoutEditor(page);
    await expect(widget.summary).toBeVisible();
    expect(await widget.total()).toContain('$60.00');
    await expect(page.getByText(reason).first()).toBeVisible();
    await expect(editor(page)).toHaveCount(0);
    await expect(saveButton(page)).toHaveCount(0);
    await expect(page.getByRole('spinbutton')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Continue to payment' })).toHaveCount(0);
  });
}
