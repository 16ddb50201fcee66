import type { Locator, Page } from '@playwright/test';

/** Guest details as `fillCustomer` takes them; fields left out are not touched. */
export interface CustomerDetails {
  email?: string;
  name?: string;
  company?: string;
  phone?: string;
}

/** A Playwright driver of one `<CheckoutEditor>` (or `<checkout-editor>` element). */
export interface CheckoutEditorDriver {
  /** The form "Edit checkout". */
  readonly form: Locator;
  /** The region "Price summary". */
  readonly summary: Locator;
  /** Checks the radio of the plan with this name (exactly as shown, e.g. "Team"). */
  selectPlan(name: string): Promise<void>;
  /** Types `n` into "Quantity". */
  setQuantity(n: number): Promise<void>;
  /** Clicks "Increase quantity" once. */
  increaseQuantity(): Promise<void>;
  /** Sets "Start date" to a `YYYY-MM-DD` day. */
  setStartDate(date: string): Promise<void>;
  /** Fills the guest details given: "Email", "Full name", "Company", "Phone". */
  fillCustomer(details: CustomerDetails): Promise<void>;
  /**
   * Clicks "Save changes" and waits until the save has settled: saved, nothing to save, an
   * alert, or a field marked invalid.
   */
  save(): Promise<void>;
  /** The text of the "Total" row's value as shown now, e.g. `"$72.00 / month"`. */
  total(): Promise<string>;
  /** Waits until the edits have been priced: no preview pending (debounce included). */
  waitForPrice(): Promise<void>;
  /** The error text of the field with this accessible name, or null when it has none. */
  errorFor(label: string): Promise<string | null>;
  /** The success status text ("Changes saved."), or null when none is shown. */
  status(): Promise<string | null>;
}

const isPage = (target: Page | Locator): target is Page => 'goto' in target;
const guestFields: [keyof CustomerDetails, string][] = [
  ['email', 'Email'],
  ['name', 'Full name'],
  ['company', 'Company'],
  ['phone', 'Phone'],
];

/**
 * A driver that finds the widget by its accessible names (the default English ones), in the
 * page or under a locator; Playwright's role and CSS locators pierce open shadow roots, so it
 * also works on a `<checkout-editor>` element. Only `import type` from `@playwright/test`: the
 * module loads without it.
 * @example
 * const editor = checkoutEditor(page);
 * await editor.selectPlan('Team');
 * await editor.waitForPrice();
 * expect(await editor.total()).toContain('$72.00');
 */
export function checkoutEditor(pageOrLocator: Page | Locator): CheckoutEditorDriver {
  const root = pageOrLocator;
  const page = isPage(root) ? root : root.page();
  const form = root.getByRole('form', { name: 'Edit checkout' });
  const summary = root.getByRole('region', { name: 'Price summary' });
  const saveButton = root.getByRole('button', { name: 'Save changes', exact: true });
  const savedStatus = root.getByRole('status').filter({ hasText: /saved/i });

  // React renders an edit's consequences (the summary marked busy, the save marked pending) a
  // task or two after the event; two animation frames let them land before we look.
  const settle = () =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    );

  return {
    form,
    summary,
    async selectPlan(name) {
      await form
        .getByRole('radiogroup', { name: 'Plan' })
        .getByRole('radio', { name, exact: true })
        .check();
    },
    async setQuantity(n) {
      await form.getByRole('spinbutton', { name: 'Quantity', exact: true }).fill(String(n));
    },
    async increaseQuantity() {
      await form.getByRole('button', { name: 'Increase quantity', exact: true }).click();
    },
    async setStartDate(date) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        throw new Error(`setStartDate: expected YYYY-MM-DD, got ${JSON.stringify(date)}.`);
      }
      await form.getByLabel('Start date', { exact: true }).fill(date);
    },
    async fillCustomer(details) {
      for (const [key, label] of guestFields) {
        const value = details[key];
        if (value !== undefined) {
          await form.getByRole('textbox', { name: label, exact: true }).fill(value);
        }
      }
    },
    async save() {
      await saveButton.click();
      await settle();
      // While a save is in flight the button is aria-disabled.
      await saveButton.and(root.locator(':not([aria-disabled="true"])')).waitFor();
      await root
        .getByRole('status')
        .filter({ hasText: /saved|no changes/i })
        .or(root.getByRole('alert'))
        .or(form.locator('[aria-invalid="true"]'))
        .first()
        .waitFor();
    },
    async total() {
      const row = summary.getByRole('row', { name: /^Total\b/ });
      return ((await row.getByRole('cell').first().textContent()) ?? '').trim();
    },
    async waitForPrice() {
      await settle();
      await summary.and(root.locator(':not([aria-busy="true"])')).waitFor();
    },
    async errorFor(label) {
      const control = form
        .getByLabel(label, { exact: true })
        .or(form.getByRole('radiogroup', { name: label, exact: true }))
        .first();
      return control.evaluate((element) => {
        if (element.getAttribute('aria-invalid') !== 'true') return null;
        const scope = element.getRootNode() as Document | ShadowRoot;
        const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const text = ids
          .map((id) => scope.getElementById(id)?.textContent?.trim() ?? '')
          .filter(Boolean)
          .join(' ');
        return text || null;
      });
    },
    async status() {
      if ((await savedStatus.count()) === 0) return null;
      return ((await savedStatus.first().textContent()) ?? '').trim();
    },
  };
}
