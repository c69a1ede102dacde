import type { Page } from '@playwright/test';
import { CASES, casePath } from './case-data';
import { expect, LOCALES, openWidget, test } from './fixtures';

/**
 * The matrix shows its answer without sideways scrolling: every option's name, total and rank, and every score
 * control, lie inside the widget, on a desktop and on a phone, on every case page in both languages.
 */
async function expectAllInside(page: Page, matrix: string): Promise<void> {
  const box = await page.locator(matrix).boundingBox();
  if (!box) throw new Error('the matrix is not rendered');
  const scroll = await page.locator(`${matrix} .matrix-scroll`).evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(scroll, 'the score table scrolls sideways').toBeLessThanOrEqual(0);
  const cells = page.locator(`${matrix} [data-option] :is(th, [data-cell="total"], [data-cell="rank"], select)`);
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

for (const { locale, prefix } of LOCALES) {
  for (const c of CASES) {
    test(`the ${c.id} matrix fits at 1280 px and at 390 px (${locale})`, async ({ page }) => {
      const matrix = `[data-matrix="${c.id}"]`;
      await page.setViewportSize({ width: 1280, height: 900 });
      await openWidget(page, casePath(c, prefix), matrix, `#matrix=${c.id}`);
      await expectAllInside(page, matrix);
      await page.setViewportSize({ width: 390, height: 844 });
      await expectAllInside(page, matrix);
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
