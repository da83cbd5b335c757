import type { Page } from '@playwright/test';

/** Collects the page's Content-Security-Policy violations (directive and blocked URI), from the
 *  first script on: call before the page is opened. */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('recordViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { recordViolation: (v: string) => void }).recordViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return violations;
}
