import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { loadCases, loadDecisionTree } from '../src/content/load';
import { caseUrl } from '../src/case-url';
import { expect, LOCALES, test } from './fixtures';
import { measureDiagram, sidewaysScroll, SMALLEST_LABEL_PX } from './measure';

// Layout that only a browser can measure: the whole decision tree and the header fit the screen, at a desktop width
// and on a phone. Each page opens at the desktop width and is then narrowed to the phone's: the layout is CSS, which
// reflows the same way. A case's own path is measured on every case page in e2e/case-page-layout.spec.ts; what the
// built HTML says (which diagram, which nodes, which strings) is checked in vitest.
const root = fileURLToPath(new URL('..', import.meta.url));
const tree = loadDecisionTree(root);
const cases = loadCases(root);
const decisions = tree.nodes.filter((n) => n.kind === 'decision');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 900 };

/** A title element shows all of its text. */
async function expectNotClipped(title: Locator) {
  const { scrollWidth, clientWidth } = await title.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(clientWidth).toBeGreaterThan(0);
  expect(scrollWidth, 'the title’s text is wider than its box').toBeLessThanOrEqual(clientWidth);
}

/** The whole tree fits the column, opens at full size from the keyboard and closes again; its text version fits. */
async function expectTreeFits(page: Page) {
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

  const text = figure.locator('details');
  await figure.locator('summary').click();
  await expect(text.locator('.tree-outline > li')).toHaveCount(decisions.length);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await figure.locator('summary').click();
  await expect(text).not.toHaveAttribute('open');
}

/**
 * The site title shows whole, the theme picker works, and the language picker leads to the same page in the other
 * language (whose <html lang> and URL it checks). Below 800 px the pickers are in the menu.
 */
async function expectHeaderWorks(page: Page, width: number, from: { lang: string; path: string }, to: { lang: string; path: string; label: string }) {
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
  await expect(page.locator('html')).toHaveAttribute('lang', from.lang);
  await language.selectOption({ label: to.label });
  await expect(page).toHaveURL(to.path);
  await expect(page.locator('html')).toHaveAttribute('lang', to.lang);
  // The next check measures this page, so it must have its styles.
  await page.waitForLoadState('load');
}

type Locale = (typeof LOCALES)[number];
const LABEL = { zh: '简体中文', en: 'English' } as const;

for (const here of LOCALES) {
  const { locale, prefix } = here;
  const there = LOCALES.find((l) => l !== here)!;
  test.describe(`${locale}`, () => {
    test.use({ viewport: DESKTOP });

    test('the whole tree fits the column at 1280 px and at 390 px, opens at full size from the keyboard, and its text version fits', async ({ page }) => {
      await page.goto(`${prefix}/kb/comparison-matrix/`);
      await test.step('at 1280 px', () => expectTreeFits(page));
      await page.setViewportSize(PHONE);
      await test.step('at 390 px', () => expectTreeFits(page));
    });

    // The desktop header switches to the other language, whose page is then checked on a phone and switched back:
    // the two tests between them check both languages at both widths.
    for (const [name, pathIn] of [
      ['home page', (l: Locale) => `${l.prefix}/`],
      ['case page', (l: Locale) => caseUrl(cases[0]!, l.locale)],
    ] as const) {
      test(`the ${name} shows the site title whole and lets a reader switch language and theme, at 1280 px and at 390 px`, async ({ page }) => {
        const home = { lang: here.lang, path: pathIn(here), label: LABEL[here.locale] };
        const away = { lang: there.lang, path: pathIn(there), label: LABEL[there.locale] };
        await page.goto(home.path);
        await test.step(`at 1280 px (${here.locale})`, () => expectHeaderWorks(page, DESKTOP.width, home, away));
        await page.setViewportSize(PHONE);
        await test.step(`at 390 px (${there.locale})`, () => expectHeaderWorks(page, PHONE.width, away, home));
      });
    }
  });
}
