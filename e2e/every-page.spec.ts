import AxeBuilder from '@axe-core/playwright';
import { allPaths, expect, test } from './fixtures';

const SITE_HOST = 'casebook.example.org';

/**
 * Every page of the sitemap, in both languages: served, free of console errors (the fixture), free of
 * Content-Security-Policy violations once every island has hydrated, with rel="noopener" on links to other
 * sites, and without axe violations in the light and the dark theme.
 */
test.describe('every page', () => {
  // Axe on the largest pages (a case page holds a decision tree and a dozen tables) takes a while on 2 cores.
  test.setTimeout(180_000);
  for (const path of allPaths()) {
    test(`${decodeURI(path)}`, async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
      });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      // Scroll through a screen at a time, so that every client:visible island comes into view and hydrates.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      });
      await page.waitForLoadState('networkidle');

      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

      const external = await page.locator('a[href^="http"]').evaluateAll((links, host) =>
        links.filter((a) => new URL((a as HTMLAnchorElement).href).host !== host).map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') ?? '' })),
        SITE_HOST,
      );
      expect(external.filter((l) => !l.rel.split(/\s+/).includes('noopener'))).toEqual([]);

      // Every rule in the light theme; in the dark theme only what the theme changes, the colour contrast.
      for (const theme of ['light', 'dark'] as const) {
        await page.locator('starlight-theme-select select').first().selectOption(theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const axe = new AxeBuilder({ page });
        const { violations } = await (theme === 'dark' ? axe.withRules(['color-contrast']) : axe).analyze();
        expect(violations.map((v) => `${theme}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }
    });
  }
});
