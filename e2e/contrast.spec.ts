import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CASES, casePath } from './case-data';
import { expect, hydrateAll, LOCALES, test } from './fixtures';

/**
 * What axe can only judge in a browser, because it depends on layout and the theme's colours: contrast, target
 * size, scrolling regions, landmarks that CSS hides on a screen size. One page of each template (splash, case, advisor, plain page), in both
 * languages and both themes, and a case page on a phone. Every other rule runs on every page's HTML in src/built-site.
 */
const TEMPLATES = ['/', casePath(CASES[0]!, ''), '/kb/comparison-matrix/', '/kb/glossary/'];
const RULES = ['color-contrast', 'target-size', 'scrollable-region-focusable', 'link-in-text-block', 'landmark-unique'];

/**
 * Runs those rules in the page itself. The site has no frames, so axe's legacy mode loses nothing and spares a blank
 * page per run in which to merge the frames' results; only violations are reported in full, which spares building a
 * selector for every node that passes.
 */
const axe = (page: Page) => new AxeBuilder({ page }).withRules(RULES).options({ resultTypes: ['violations'] }).setLegacyMode().analyze();

/** The page that is also checked on a 360 px phone, in the light theme. */
const ON_A_PHONE = casePath(CASES[0]!, '/en');

for (const { locale, prefix } of LOCALES) {
  for (const path of TEMPLATES) {
    const url = `${prefix}${path}`;
    const title = `${url} (${locale}) passes axe's layout rules in the dark and the light theme${url === ON_A_PHONE ? ', and on a 360 px phone' : ''}`;
    test(title, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(url);
      await hydrateAll(page);
      for (const theme of ['dark', 'light'] as const) {
        await test.step(theme, async () => {
          await page.locator('starlight-theme-select select').first().selectOption(theme);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          const { violations } = await axe(page);
          expect(violations.map((v) => `${theme}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
        });
      }
      if (url !== ON_A_PHONE) return;
      await test.step('on a 360 px phone', async () => {
        await page.setViewportSize({ width: 360, height: 800 });
        const { violations } = await axe(page);
        expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      });
    });
  }
}
