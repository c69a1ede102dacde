import { fileURLToPath } from 'node:url';
import { loadDecisionTree } from '../src/content/load';
import { CASES, casePath } from './case-data';
import { expect, LOCALES, test } from './fixtures';

const tree = loadDecisionTree(fileURLToPath(new URL('..', import.meta.url)));

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
  test.describe(`diagrams (${locale})`, () => {
    for (const theme of ['light', 'dark'] as const) {
      test(`the tree follows Starlight's ${theme} theme as set by its toggle`, async ({ page }) => {
        await page.goto(`${casePath(CASES[0]!, prefix)}`);
        await page.locator('starlight-theme-select select').first().selectOption(theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const colours = await page.locator('[data-diagram] svg').evaluate((svg) => {
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

    test('a case page draws its own path thicker, in the accent colour', async ({ page }) => {
      const data = CASES[0]!;
      await page.goto(casePath(data, prefix));
      const leaf = tree.nodes.find((n) => n.kind === 'leaf' && n.case === data.id);
      const rect = page.locator(`[data-diagram] [data-node="${leaf?.id}"] rect`).first();
      await expect(rect).toHaveCSS('stroke-width', '3px');
      const other = page.locator('[data-diagram] [data-node]:not(.on-path) rect').first();
      await expect(other).toHaveCSS('stroke-width', '1px');
      const onPathArrows = page.locator('[data-diagram] path.on-path[data-from]');
      await expect(onPathArrows.first()).toHaveCSS('stroke-width', '3px');
    });
  });
}
