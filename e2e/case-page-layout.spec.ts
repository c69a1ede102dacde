import type { Page } from '@playwright/test';
import { CASES, casePath } from './case-data';
import { expect, hydrated, LOCALES, test } from './fixtures';

/**
 * A case page leads with its decision: the summary within the first screen on a desktop and on a phone, the live
 * matrix within the first three screens of a desktop, and the whole page short enough to read as a decision tool,
 * with reference material on the case's details page or behind closed <details>. What the summary says is checked
 * on the built HTML (src/built-site/decision-summary.test.ts); this measures where things are.
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

for (const { locale, prefix } of LOCALES) {
  for (const c of CASES) {
    const url = casePath(c, prefix);

    test.describe(`${url} (${locale})`, () => {
      test('at 1280 px: the summary is on the first screen, the matrix within three, the page at most 12,000 px', async ({ page }) => {
        await page.setViewportSize(DESKTOP);
        await page.goto(url);
        const summary = await layout(page, `[data-decision-summary="${c.id}"]`);
        expect(summary.top).toBeGreaterThanOrEqual(0);
        expect(summary.bottom).toBeLessThanOrEqual(DESKTOP.height);
        const matrix = await layout(page, `[data-matrix="${c.id}"]`);
        expect(matrix.top).toBeLessThanOrEqual(MATRIX_TOP_MAX);
        expect(matrix.height).toBeLessThanOrEqual(PAGE_HEIGHT_MAX);
      });

      test('at 390 px: the summary is on the first screen', async ({ page }) => {
        await page.setViewportSize(PHONE);
        await page.goto(url);
        const summary = await layout(page, `[data-decision-summary="${c.id}"]`);
        expect(summary.top).toBeGreaterThanOrEqual(0);
        expect(summary.bottom).toBeLessThanOrEqual(PHONE.height);
      });
    });
  }
}

for (const { locale, prefix } of LOCALES) {
  const c = CASES[0]!;
  const url = casePath(c, prefix);

  test.describe(`the summary's links on ${url} (${locale})`, () => {
    test('each one brings its widget into view', async ({ page }) => {
      await page.setViewportSize(PHONE);
      const targets = { matrix: `[data-matrix="${c.id}"]`, calc: '[data-calculator]', tree: `[data-diagram][data-tree="${c.id}"]` };
      for (const [kind, target] of Object.entries(targets)) {
        await page.goto(url);
        await expect(page.locator(target)).not.toBeInViewport();
        await page.locator(`[data-decision-summary] a[data-link="${kind}"]`).click();
        await expect(page.locator(target)).toBeInViewport();
      }
    });

    test('the link to the matrix keeps the state a shared link put in the address', async ({ page }) => {
      await page.setViewportSize(PHONE);
      const matrix = `[data-matrix="${c.id}"]`;
      await page.goto(`${url}#matrix=${c.id}&w.${c.criteria[0]!.id}=0.9`);
      await hydrated(page, matrix);
      const state = new URL(page.url()).hash;
      expect(state).toContain(`w.${c.criteria[0]!.id}=`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.locator(matrix)).not.toBeInViewport();
      await page.locator('[data-decision-summary] a[data-link="matrix"]').click();
      await expect(page.locator(matrix)).toBeInViewport();
      expect(new URL(page.url()).hash).toBe(state);
    });
  });
}
