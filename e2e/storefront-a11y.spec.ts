import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe.js';
import { openStorefront, reach, states } from './support/storefront.js';
import { test } from './support/test.js';

/*
 * axe-core WCAG 2.2 AA in light and dark, left-to-right and right-to-left (Arabic), at 375 and
 * 1280 px, over the editing, invalid, saved and read-only states (widget.md, "Every shopper,
 * every storefront"). With SCREENSHOTS=1 it also writes the docs/screenshots/ set that
 * docs/widget.md shows: every combination in the editing state, the other states for two.
 */

test.describe.configure({ timeout: 120_000 });

const screenshots = process.env.SCREENSHOTS === '1' ? join('docs', 'screenshots') : undefined;
if (screenshots) mkdirSync(screenshots, { recursive: true });

for (const scheme of ['light', 'dark'] as const) {
  for (const dir of ['ltr', 'rtl'] as const) {
    for (const viewport of [375, 1280]) {
      const combo = `${scheme}-${dir}-${viewport}`;
      // Every state on camera for two combinations; the editing state for all.
      const allStates = combo === 'light-ltr-375' || combo === 'dark-rtl-1280';
      test(`WCAG 2.2 AA: ${scheme}, ${dir}, ${viewport} px`, async ({ page, request }) => {
        const lang = dir === 'rtl' ? 'ar' : 'en';
        const session = await openStorefront(page, request, { lang, scheme, viewport });
        for (const state of states) {
          await reach(page, request, state, session);
          await expectNoAxeViolations(page, `${state} (${combo})`);
          if (screenshots && (state === 'editing' || allStates)) {
            // The part of the page the state is about: the field in error, the saved status.
            const focus = { invalid: '.ce-root .ce-error', saved: '.ce-status' }[state as string];
            await page.evaluate((selector) => {
              if (selector) document.querySelector(selector)?.scrollIntoView({ block: 'center' });
              else window.scrollTo(0, 0);
            }, focus);
            await page.screenshot({ path: join(screenshots, `${state}-${combo}.png`) });
          }
        }
      });
    }
  }
}
