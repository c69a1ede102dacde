import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { loadDecisionTree, loadScenarios } from '../src/content/load';
import { ADVISOR_FIELD_NAMES, advise, DEFAULT_ADVISOR_INPUT } from '../src/engine/advisor';
import { expect, LOCALES, openWidget, test } from './fixtures';

/**
 * What only a browser can tell about the advisor's layout: the recommendation stays in view while the reader goes
 * through the questions, and no select is wider than its box or cuts its text. Text and behaviour are tested on
 * the view model (components/advisor/view-model.test.ts).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const scenarios = loadScenarios(root).rows;
const tree = loadDecisionTree(root, scenarios);
const advisor = '[data-advisor]';
const summary = `${advisor} [data-advisor-summary]`;

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

/** The bottom edge of Starlight's fixed header, with its "On this page" bar where it shows. */
async function headerBottom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bars = [document.querySelector('header.header'), document.querySelector('mobile-starlight-toc nav')];
    return Math.max(0, ...bars.map((el) => (el && getComputedStyle(el).display !== 'none' ? el.getBoundingClientRect().bottom : 0)));
  });
}

/** The box is wholly inside the viewport, below the header, and nothing is painted over its middle. */
async function expectUncovered(page: Page, box: Locator): Promise<void> {
  const rect = await box.boundingBox();
  if (!rect) throw new Error('the summary is not rendered');
  const viewport = page.viewportSize();
  expect(rect.y).toBeGreaterThanOrEqual((await headerBottom(page)) - 1);
  expect(rect.y + rect.height).toBeLessThanOrEqual(viewport?.height ?? 0);
  const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-advisor-summary]') !== null, { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
  expect(onTop).toBe(true);
}

for (const viewport of VIEWPORTS) {
  for (const { locale, prefix } of LOCALES) {
    test.describe(`advisor layout at ${viewport.width} px (${locale})`, () => {
      test.use({ viewport });
      const url = `${prefix}/kb/comparison-matrix/`;

      test('every select fits its box and shows each option whole; the recommendation stays in view while going through the questions, and follows the answers', async ({ page }) => {
        await openWidget(page, url, advisor, '#advisor');
        await test.step('every select fits its box and shows each option whole', async () => {
          const selects = await page.locator(`${advisor} select`).all();
          expect(selects.length).toBeGreaterThan(0);
          for (const select of selects) {
            const fit = await select.evaluate((el: HTMLSelectElement) => {
              const box = el.getBoundingClientRect();
              const field = el.closest('.advisor-field')?.getBoundingClientRect();
              const fieldset = el.closest('fieldset');
              const inner = fieldset ? fieldset.getBoundingClientRect().right - parseFloat(getComputedStyle(fieldset).paddingRight) : 0;
              // The text area of a closed select: its content box less the drop-down arrow (at most 24 px).
              const style = getComputedStyle(el);
              const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
              const context = document.createElement('canvas').getContext('2d');
              if (context) context.font = style.font;
              const widest = Math.max(...[...el.options].map((o) => context?.measureText(o.text).width ?? Infinity));
              return { right: box.right, fieldRight: field?.right ?? 0, inner, room, widest };
            });
            expect(fit.right).toBeLessThanOrEqual(fit.fieldRight + 0.5);
            expect(fit.right).toBeLessThanOrEqual(fit.inner + 0.5);
            expect(fit.widest).toBeLessThanOrEqual(fit.room);
          }
        });

        await test.step('the recommendation stays in view while going through the questions, and follows the answers', async () => {
          const questions = await page.locator(`${advisor} [data-field]`).all();
          expect(questions).toHaveLength(ADVISOR_FIELD_NAMES.length);
          for (const question of questions) {
            await question.evaluate((el) => el.scrollIntoView({ block: 'center' }));
            await expectUncovered(page, page.locator(summary));
          }
          // An answer at the end of the list changes what the summary shows, while both are on screen.
          await page.locator(`${advisor} [data-field="offline"]`).check();
          const advice = advise(tree, scenarios, { ...DEFAULT_ADVISOR_INPUT, offline: true });
          await expect(page.locator(`${summary} [data-summary-recommendation]`)).toHaveText(advice.recommended[locale]);
          await expect(page.locator(`${advisor} [data-field="offline"]`)).toBeInViewport();
          await expectUncovered(page, page.locator(summary));
        });
      });
    });
  }
}
