import AxeBuilder from '@axe-core/playwright';
import { CASES, casePath } from './case-data';
import { expect, hydrateAll, LOCALES, test } from './fixtures';

/**
 * What axe can only judge in a browser, because it depends on layout and the theme's colours: contrast, target
 * size, scrolling regions, landmarks that CSS hides on a screen size. One page of each template (splash, case, advisor, plain page), in both
 * languages and both themes. Every other rule runs on every page's HTML in src/built-site.
 */
const TEMPLATES = ['/', casePath(CASES[0]!, ''), '/kb/comparison-matrix/', '/kb/glossary/'];
const RULES = ['color-contrast', 'target-size', 'scrollable-region-focusable', 'link-in-text-block', 'landmark-unique'];

for (const { locale, prefix } of LOCALES) {
  for (const path of TEMPLATES) {
    test(`${prefix}${path} (${locale}) passes axe's layout rules in the light and the dark theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`${prefix}${path}`);
      await hydrateAll(page);
      for (const theme of ['light', 'dark'] as const) {
        await page.locator('starlight-theme-select select').first().selectOption(theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const { violations } = await new AxeBuilder({ page }).withRules(RULES).analyze();
        expect(violations.map((v) => `${theme}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }
    });
  }
}

test('a case page passes axe’s layout rules on a 360 px phone', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(casePath(CASES[0]!, '/en'));
  const { violations } = await new AxeBuilder({ page }).withRules(RULES).analyze();
  expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
