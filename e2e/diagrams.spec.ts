import { expect, LOCALES, test } from './fixtures';

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

for (const { locale, prefix } of LOCALES) {
  test(`the whole tree draws the advisor’s path thicker, and follows Starlight's light and dark theme as set by its toggle (${locale})`, async ({ page }) => {
    await page.goto(`${prefix}/kb/comparison-matrix/`);

    await test.step('the advisor’s path is drawn thicker than the other branches', async () => {
      const diagram = '[data-advisor-tree] svg';
      const leaf = await page.locator('[data-advisor] [data-leaf]').getAttribute('data-leaf');
      await expect(page.locator(`${diagram} [data-node="${leaf}"] rect`).first()).toHaveCSS('stroke-width', '3px');
      await expect(page.locator(`${diagram} [data-node]:not(.on-path) rect`).first()).toHaveCSS('stroke-width', '1px');
      await expect(page.locator(`${diagram} path.on-path[data-from]`).first()).toHaveCSS('stroke-width', '3px');
    });

    for (const theme of ['light', 'dark'] as const) {
      await test.step(`the tree follows the ${theme} theme`, async () => {
        await page.locator('starlight-theme-select select').first().selectOption(theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const colours = await page.locator('[data-diagram="decision-tree"] svg').evaluate((svg) => {
          const look = (selector: string, property: 'fill' | 'color' | 'stroke') => {
            const element = svg.querySelector(selector);
            return element ? getComputedStyle(element)[property] : '';
          };
          return {
            page: getComputedStyle(document.body).backgroundColor,
            leafFill: look('.node.virt rect', 'fill'),
            leafText: look('.node.virt .nodeLabel', 'color'),
            decisionFill: look('.node:not(.virt):not(.container):not(.sandbox):not(.mesh) rect', 'fill'),
            decisionText: look('.node:not(.virt):not(.container):not(.sandbox):not(.mesh) .nodeLabel', 'color'),
            arrow: look('.flowchart-link', 'stroke'),
          };
        });
        expect(contrast(colours.leafFill, colours.leafText)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colours.decisionFill, colours.decisionText)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colours.page, colours.arrow)).toBeGreaterThanOrEqual(3);
        // The labels are drawn in the theme's text colour: light text on dark, dark text on light.
        const dark = contrast(colours.decisionText, 'rgb(0, 0, 0)') > contrast(colours.decisionText, 'rgb(255, 255, 255)');
        expect(dark ? 'light text' : 'dark text').toBe(theme === 'dark' ? 'light text' : 'dark text');
      });
    }
  });
}
