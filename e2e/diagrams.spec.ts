import { fileURLToPath } from 'node:url';
import { loadDecisionTree } from '../src/content/load';
import { CASES, casePath } from './case-data';
import { expect, LOCALES, test } from './fixtures';

const tree = loadDecisionTree(fileURLToPath(new URL('..', import.meta.url)));
const rootNode = tree.nodes.find((n) => n.id === tree.root);
if (rootNode?.kind !== 'decision') throw new Error('the tree starts with a decision');
const PAGES = [...CASES.map((c) => casePath(c, '')), '/kb/comparison-matrix/', '/kb/quick-reference/'];

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
  const other = locale === 'zh' ? 'en' : 'zh';

  test.describe(`diagrams (${locale})`, () => {
    for (const path of PAGES) {
      test(`${prefix}${path} carries the tree as inline SVG, labelled in its language`, async ({ request }) => {
        const html = await (await request.get(`${prefix}${path}`)).text();
        expect(html).toMatch(/<figure[^>]*data-diagram="decision-tree"[^>]*><div class="decision-tree-svg"[^>]*><svg id="decision-tree-0"/);
        const start = html.indexOf('data-diagram="decision-tree"');
        const figure = html.slice(start, html.indexOf('</figure>', start));
        expect(figure.includes(rootNode.question[locale]), 'labelled in the page language').toBe(true);
        expect(figure.includes(rootNode.question[other]), 'labelled in the other language').toBe(false);
        for (const node of tree.nodes) expect(figure).toContain(`data-node="${node.id}"`);
      });
    }

    test('no Mermaid script reaches the browser', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${prefix}/kb/comparison-matrix/`, { waitUntil: 'networkidle' });
      await page.locator('[data-diagram] svg').scrollIntoViewIfNeeded();
      expect(requests.filter((url) => /mermaid/i.test(url))).toEqual([]);
      expect(await page.evaluate(() => 'mermaid' in window)).toBe(false);
    });

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

    test('the text version nests the same rules and marks the case path', async ({ page }) => {
      const data = CASES[0]!;
      await page.goto(casePath(data, prefix));
      const outline = page.locator('[data-diagram] details');
      await outline.locator('summary').click();
      const rootBranches = outline.locator('.tree-outline > ul > li');
      await expect(rootBranches).toHaveCount(rootNode.edges.length);
      for (const node of tree.nodes) {
        if (node.kind === 'decision') await expect(outline.getByText(node.question[locale]).first()).toBeAttached();
        else await expect(outline.getByText(node.recommended[locale]).first()).toBeAttached();
      }
      const leaf = tree.nodes.find((n) => n.kind === 'leaf' && n.case === data.id);
      await expect(outline.locator(`li.on-path[data-outline-to="${leaf?.id}"]`)).toHaveCount(1);
      await expect(page.locator('[data-diagram] figcaption')).not.toBeEmpty();
    });
  });
}
