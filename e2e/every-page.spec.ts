import { allPaths, expect, hydrateAll, test } from './fixtures';

/**
 * Every page of the sitemap, in both languages: served, free of console errors (the fixture) and free of
 * Content-Security-Policy violations once every island has hydrated. What the HTML alone shows (the policy's
 * hashes, rel="noopener", axe's rules) is checked on every page in src/built-site; contrast in e2e/contrast.spec.ts.
 */
test.describe('every page', () => {
  for (const path of allPaths()) {
    test(`${decodeURI(path)}`, async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await hydrateAll(page);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    });
  }
});
