import type { Page } from '@playwright/test';
import { CASES, casePath } from './case-data';
import { expect, hydrated, LOCALES, openWidget, test } from './fixtures';
import { measureDiagram, sidewaysScroll, SMALLEST_LABEL_PX } from './measure';

/**
 * Where things are on a case page, measured on every case in both languages, on a desktop and on a phone. The page
 * leads with its decision: the summary within the first screen, the live matrix within the first three screens of a
 * desktop, and the whole page short enough to read as a decision tool, with reference material on the case's
 * details page or behind closed <details>. The matrix shows its answer without sideways scrolling: every option's
 * name, total and rank, and every score control, lie inside the widget. The case's path through the decision tree
 * fits the column with legible labels, and so does its text version. What the summary and the tree say is checked
 * on the built HTML (src/built-site/decision-summary.test.ts, tree-and-header.test.ts).
 *
 * Each page is opened once at the desktop width and then narrowed to the phone's: the layout is CSS, which
 * reflows the same way.
 */
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const MATRIX_TOP_MAX = 2_700;
const PAGE_HEIGHT_MAX = 12_000;

/** Top and bottom of an element in page coordinates, and the page's height with every <details> closed. */
async function layout(page: Page, selector: string) {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((selector) => {
    for (const details of document.querySelectorAll('details')) details.open = false;
    const box = document.querySelector(selector)?.getBoundingClientRect();
    return {
      top: box ? box.top + window.scrollY : NaN,
      bottom: box ? box.bottom + window.scrollY : NaN,
      height: document.documentElement.scrollHeight,
    };
  }, selector);
}

/** Every option's name, total, rank and score control, and every threshold field, lies inside the matrix, and nothing scrolls sideways. */
async function expectAllInside(page: Page, matrix: string): Promise<void> {
  const box = await page.locator(matrix).boundingBox();
  if (!box) throw new Error('the matrix is not rendered');
  const scroll = await page.locator(`${matrix} .matrix-scroll`).evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(scroll, 'the score table scrolls sideways').toBeLessThanOrEqual(0);
  const cells = page.locator(`${matrix} :is([data-option] :is(th, [data-cell="total"], [data-cell="rank"], select), [data-threshold])`);
  expect(await cells.count()).toBeGreaterThan(0);
  const outside = await cells.evaluateAll(
    (elements, { left, right }) =>
      elements.flatMap((e) => {
        const r = e.getBoundingClientRect();
        return r.left < left - 0.5 || r.right > right + 0.5 || r.width === 0 ? [`${e.tagName} ${e.textContent?.trim().slice(0, 30)}`] : [];
      }),
    { left: box.x, right: box.x + box.width },
  );
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/** The case's path fits the column with legible labels, and its text version opens without sideways scrolling. */
async function expectPathFits(page: Page, caseId: string): Promise<void> {
  const figure = page.locator(`[data-diagram="case-path"][data-tree="${caseId}"]`);
  const box = figure.locator('.case-path-svg');
  await box.scrollIntoViewIfNeeded();
  const diagram = await measureDiagram(box);
  expect(diagram.labels).toBeGreaterThan(0);
  expect(diagram.width).toBeLessThanOrEqual(diagram.box);
  expect(diagram.smallest).toBeGreaterThanOrEqual(SMALLEST_LABEL_PX);
  await figure.locator('summary').click();
  await expect(figure.locator('details .tree-outline > li').first()).toBeVisible();
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
}

for (const { locale, prefix } of LOCALES) {
  for (const c of CASES) {
    const url = casePath(c, prefix);
    const summary = `[data-decision-summary="${c.id}"]`;
    const matrix = `[data-matrix="${c.id}"]`;

    test(`${url} (${locale}) leads with its decision, and its matrix and path fit at 1280 px and at 390 px`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.goto(url);

      await test.step('at 1280 px: the summary is on the first screen, the matrix within three, the page at most 12,000 px', async () => {
        const top = await layout(page, summary);
        expect(top.top).toBeGreaterThanOrEqual(0);
        expect(top.bottom).toBeLessThanOrEqual(DESKTOP.height);
        const table = await layout(page, matrix);
        expect(table.top).toBeLessThanOrEqual(MATRIX_TOP_MAX);
        expect(table.height).toBeLessThanOrEqual(PAGE_HEIGHT_MAX);
      });
      await test.step('at 1280 px: the matrix fits', async () => {
        await hydrated(page, matrix);
        await expectAllInside(page, matrix);
      });
      await test.step('at 1280 px: the path fits', () => expectPathFits(page, c.id));

      await page.setViewportSize(PHONE);
      await test.step('at 390 px: the summary is on the first screen', async () => {
        const top = await layout(page, summary);
        expect(top.top).toBeGreaterThanOrEqual(0);
        expect(top.bottom).toBeLessThanOrEqual(PHONE.height);
      });
      await test.step('at 390 px: the matrix fits', () => expectAllInside(page, matrix));
      await test.step('at 390 px: the path fits', () => expectPathFits(page, c.id));
    });
  }
}

test('the matrix still fits after a reader adds two options', async ({ page }) => {
  const c = CASES[0]!;
  const matrix = `[data-matrix="${c.id}"]`;
  await openWidget(page, casePath(c, '/en'), matrix, `#matrix=${c.id}&add=u1.${'3'.repeat(c.criteria.length)}.A+rather+long+name+for+an+option&add=u2.${'4'.repeat(c.criteria.length)}.Another`);
  await expect(page.locator(`${matrix} [data-option]`)).toHaveCount(c.options.length + 2);
  await expectAllInside(page, matrix);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectAllInside(page, matrix);
});

/** Brings the top of the page back into view at once (no smooth scrolling). */
const scrollToTop = (page: Page) => page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));

for (const { locale, prefix } of LOCALES) {
  const c = CASES[0]!;
  const url = casePath(c, prefix);

  test.describe(`the summary's links on ${url} (${locale})`, () => {
    test.use({ viewport: PHONE });

    test('each one brings its widget into view', async ({ page }) => {
      const targets = { matrix: `[data-matrix="${c.id}"]`, calc: '[data-calculator]', tree: `[data-diagram][data-tree="${c.id}"]` };
      await page.goto(url);
      for (const [kind, target] of Object.entries(targets)) {
        await test.step(kind, async () => {
          await scrollToTop(page);
          await expect(page.locator(target)).not.toBeInViewport();
          await page.locator(`[data-decision-summary] a[data-link="${kind}"]`).click();
          await expect(page.locator(target)).toBeInViewport();
        });
      }
    });

    test('the link to the matrix keeps the state a shared link put in the address', async ({ page }) => {
      const matrix = `[data-matrix="${c.id}"]`;
      await page.goto(`${url}#matrix=${c.id}&w.${c.criteria[0]!.id}=0.9`);
      await hydrated(page, matrix);
      const state = new URL(page.url()).hash;
      expect(state).toContain(`w.${c.criteria[0]!.id}=`);
      await scrollToTop(page);
      await expect(page.locator(matrix)).not.toBeInViewport();
      await page.locator('[data-decision-summary] a[data-link="matrix"]').click();
      await expect(page.locator(matrix)).toBeInViewport();
      expect(new URL(page.url()).hash).toBe(state);
    });
  });
}
