import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { loadCases, loadDecisionTree } from '../src/content/load';
import { caseUrl } from '../src/case-url';
import { expect, LOCALES, test } from './fixtures';

// Layout that only a browser can measure: the decision tree and the header fit the screen, at a desktop width and
// on a phone. What the built HTML says (which diagram, which nodes, which strings) is checked in vitest.
const root = fileURLToPath(new URL('..', import.meta.url));
const tree = loadDecisionTree(root);
const cases = loadCases(root);
const decisions = tree.nodes.filter((n) => n.kind === 'decision');
const WIDTHS = [1280, 390] as const;
const SMALLEST_LABEL_PX = 12;

/** The page scrolls sideways by this much (0 when it does not). */
const sidewaysScroll = (page: Page) => page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - innerWidth);

/** The diagram's width on screen, its box's inner width, and its smallest label in CSS px as drawn (scaled). */
function measureDiagram(box: Locator) {
  return box.evaluate((element) => {
    const svg = element.querySelector('svg');
    if (!svg) throw new Error('no SVG in the diagram’s box');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const labels = [...svg.querySelectorAll('foreignObject *')].filter((el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
    );
    const sizes = labels.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale);
    return { width: svg.getBoundingClientRect().width, box: element.clientWidth, labels: labels.length, smallest: Math.min(...sizes) };
  });
}

/** A title element shows all of its text. */
async function expectNotClipped(title: Locator) {
  const { scrollWidth, clientWidth } = await title.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(clientWidth).toBeGreaterThan(0);
  expect(scrollWidth, 'the title’s text is wider than its box').toBeLessThanOrEqual(clientWidth);
}

for (const { locale, prefix } of LOCALES) {
  for (const width of WIDTHS) {
    test.describe(`${locale} at ${width} px`, () => {
      test.use({ viewport: { width, height: 900 } });

      // Every case on a phone, where the column is narrowest; the first case on a desktop.
      for (const c of width === Math.min(...WIDTHS) ? cases : cases.slice(0, 1)) {
        test(`the ${c.id} case's path fits the column with legible labels, and so does its text version`, async ({ page }) => {
          await page.goto(caseUrl(c, locale));
          const figure = page.locator(`[data-diagram="case-path"][data-tree="${c.id}"]`);
          const box = figure.locator('.case-path-svg');
          await box.scrollIntoViewIfNeeded();
          const diagram = await measureDiagram(box);
          expect(diagram.labels).toBeGreaterThan(0);
          expect(diagram.width).toBeLessThanOrEqual(diagram.box);
          expect(diagram.smallest).toBeGreaterThanOrEqual(SMALLEST_LABEL_PX);
          await figure.locator('summary').click();
          await expect(figure.locator('details .tree-outline > li').first()).toBeVisible();
          expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
        });
      }

      test('the whole tree fits the column, opens at full size from the keyboard, and its text version fits', async ({ page }) => {
        await page.goto(`${prefix}/kb/comparison-matrix/`);
        const figure = page.locator('figure#decision-tree');
        const box = figure.locator('.decision-tree-svg');
        await box.scrollIntoViewIfNeeded();
        const fitted = await measureDiagram(box);
        expect(fitted.width).toBeLessThanOrEqual(fitted.box);
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);

        const zoom = figure.locator('[data-tree-zoom]');
        await zoom.focus();
        await page.keyboard.press('Enter');
        await expect(zoom).toHaveAttribute('aria-pressed', 'true');
        const natural = await measureDiagram(box);
        expect(natural.smallest, 'at full size, labels are drawn at their own size').toBeGreaterThanOrEqual(SMALLEST_LABEL_PX);
        expect(natural.width).toBeGreaterThan(fitted.width);
        // The box scrolls, not the page; the root starts in view.
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
        const rootBox = await box.locator(`[data-node="${tree.root}"]`).boundingBox();
        const frame = await box.boundingBox();
        expect(rootBox && frame && rootBox.x >= frame.x && rootBox.x + rootBox.width <= frame.x + frame.width).toBe(true);
        await page.keyboard.press('Space');
        await expect(zoom).toHaveAttribute('aria-pressed', 'false');

        await figure.locator('summary').click();
        await expect(figure.locator('details .tree-outline > li')).toHaveCount(decisions.length);
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      });

      for (const [name, path] of [
        ['home page', `${prefix}/`],
        ['case page', caseUrl(cases[0]!, locale)],
      ] as const) {
        test(`the ${name} shows the site title whole and lets a reader switch language and theme`, async ({ page }) => {
          await page.goto(path);
          const title = page.locator('[data-site-title]');
          await expectNotClipped(title);
          await expectNotClipped(title.locator('span:visible'));
          await expect(title.locator('span:visible')).toHaveCount(1);

          const menu = page.locator('.sl-menu-button');
          if (width < 800) await menu.click();
          else await expect(menu).toBeHidden();
          const theme = page.locator('starlight-theme-select select:visible');
          const language = page.locator('starlight-lang-select select:visible');
          await theme.scrollIntoViewIfNeeded();
          await expect(theme).toBeInViewport();
          await expect(language).toBeInViewport();
          await theme.selectOption('light');
          await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
          await theme.selectOption('dark');
          await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
          const other = locale === 'zh' ? 'English' : '简体中文';
          await language.selectOption({ label: other });
          await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'en' : 'zh-CN');
        });
      }
    });
  }
}
