// Content-Security-Policy violations in a browser test. Chromium reports them as securitypolicyviolation events
// that bubble to the window; an init script keeps them on the window, where the test reads them.
import type { BrowserContext, Page } from 'playwright-core';

const RECORD = `window.__cspViolations = [];
window.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample), true);`;

/** Every page the context opens from now on records its violations, from its first script on. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(RECORD);
}

/** The violations of the page's current document, as "directive blocked-URI sample". */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
