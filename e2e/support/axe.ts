import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core's WCAG 2.2 AA rules on the page and fails with a readable list.
 * @example await expectNoAxeViolations(page, 'editing');
 */
export async function expectNoAxeViolations(page: Page, state: string) {
  // Only violations: computing passes and incomplete results roughly doubles the run time.
  // (`options` replaces what `withTags` set, so the tags go in here too.)
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: wcag22aa }, resultTypes: ['violations'] })
    .analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(violations, `axe-core WCAG 2.2 AA violations in the ${state} state`).toEqual([]);
}
