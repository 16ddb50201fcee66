import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test` with a CSP guard on every page: an init script reports each
 * `securitypolicyviolation` event, and every test fails if one happened, in whatever state
 * the test drove the page into (widget.md: no violation in any state, ?mock=1 included).
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('__reportCspViolation', (violation: string) => {
        violations.push(violation);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation(v: string): void })
            .__reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      await use(violations);
      expect(violations, 'securitypolicyviolation events').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
