import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ui } from '../src/i18n/ui';
import { ADR_HEADINGS } from '../src/present/adr';
import { CASES, casePath, expected } from './case-data';
import { expect, hydrated, LOCALES, test } from './fixtures';

/**
 * Taking the decision away: the matrix's "Download as ADR" file (MADR 4 headings, a state link that reopens the
 * matrix in either language) and the printed brief (no navigation or controls; every option's total and rank).
 */

const edge = CASES.find((c) => c.id === 'edge')!;
const matrix = `[data-matrix="${edge.id}"]`;

/** The state the reader leaves the matrix in before exporting, and a check that a page shows it. */
const requirement = edge.requirements.find((r) => r.active)!;
const scored = { option: edge.options[0]!.id, criterion: edge.criteria[0]!.id };
const score = String((edge.options[0]!.scores[scored.criterion]! % 5) + 1);

async function changeState(page: Page) {
  await page.locator(`${matrix} [data-requirement="${requirement.id}"]`).uncheck();
  await page.locator(`${matrix} [data-score="${scored.option}:${scored.criterion}"]`).selectOption(score);
  await page.locator(`${matrix} [data-uncertainty="spread"]`).selectOption('0.5');
  await page.locator(`${matrix} [data-uncertainty="weight-band"]`).selectOption('0.25');
}

async function expectChangedState(page: Page) {
  await hydrated(page, matrix);
  await expect(page.locator(`${matrix} [data-requirement="${requirement.id}"]`)).not.toBeChecked();
  await expect(page.locator(`${matrix} [data-score="${scored.option}:${scored.criterion}"]`)).toHaveValue(score);
  await expect(page.locator(`${matrix} [data-uncertainty="spread"]`)).toHaveValue('0.5');
  await expect(page.locator(`${matrix} [data-uncertainty="weight-band"]`)).toHaveValue('0.25');
  await expect(page.locator(`${matrix} [data-ignored]`)).toHaveCount(0);
}

/** Every box that could clip its content on paper: none may be wider than the page or scroll sideways. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main table, main .table-scroll, main .matrix-scroll, main pre, main svg')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class'))}`);
  });
}

// Printable widths: A4 (210 mm) and Letter (8.5 in) less the brief's 12 mm side margins, at 96 px per inch.
const PAPERS = [
  { format: 'A4', width: Math.floor(((210 - 24) / 25.4) * 96) },
  { format: 'Letter', width: Math.floor((8.5 - 24 / 25.4) * 96) },
] as const;

for (const { locale, prefix } of LOCALES) {
  test(`a case page prints as a brief, and its matrix downloads a decision record that reopens the same state (${locale})`, async ({ page, context }) => {
    await page.goto(casePath(edge, prefix));
    await hydrated(page, matrix);
    const screen = page.viewportSize();

    await test.step("the page prints as a brief: no navigation or controls, every option's total and rank", async () => {
      const { result } = expected(edge);
      for (const paper of PAPERS) {
        await page.setViewportSize({ width: paper.width, height: 1000 });
        await page.emulateMedia({ media: 'print' });
        for (const chrome of ['header.header', 'nav.sidebar', 'site-search', '.right-sidebar-container', '.pagination-links', 'main button']) {
          for (const el of await page.locator(chrome).all()) await expect(el).toBeHidden();
        }
        for (const option of result.options) {
          const row = page.locator(`${matrix} [data-option="${option.id}"]`);
          await expect(row.locator('[data-cell="total"]')).toBeVisible();
          await expect(row.locator('[data-cell="total"]')).toHaveText(/\d/);
          await expect(row.locator('[data-cell="rank"]')).toHaveText(option.eligibleRank === null ? '–' : String(option.eligibleRank));
          if (option.excludedBy.length > 0) await expect(row.locator('.badge-excluded')).toBeVisible();
        }
        for (const part of ['[data-summary]', '[data-sensitivity]', '[data-robustness] [data-verdict]', '[data-tree] svg', '[data-case-sources]']) {
          await expect(page.locator(part).first()).toBeVisible();
        }
        expect(await clipped(page)).toEqual([]);
        const pdf = await page.pdf({ format: paper.format, printBackground: false });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(10_000);
      }
    });

    await test.step('the print control opens the browser’s print dialog', async () => {
      await page.emulateMedia({ media: 'screen' });
      if (screen) await page.setViewportSize(screen);
      await page.evaluate(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', '');
      });
      await page.locator(`${matrix} [data-export="print"]`).click();
      await expect(page.locator('html')).toHaveAttribute('data-printed', '');
    });

    await test.step("the matrix downloads a decision record in MADR 4's structure whose link reopens the same state", async () => {
      await changeState(page);
      const downloading = page.waitForEvent('download');
      await page.locator(`${matrix} [data-export="adr"]`).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^0001-edge-[a-z0-9-]+\.md$/);
      const text = readFileSync((await download.path())!, 'utf8');
      await expect(page.locator(`${matrix} .matrix-notice`)).toContainText(download.suggestedFilename());

      const lines = text.split('\n');
      expect(lines.slice(0, 5)).toEqual(['---', 'status: proposed', expect.stringMatching(/^date: \d{4}-\d{2}-\d{2}$/), expect.stringMatching(/^decision-makers: /), '---']);
      expect(lines.find((l) => l.startsWith('#'))).toMatch(/^# \S/);
      const structural = lines.filter((l) => ADR_HEADINGS.some(([level, key]) => l === `${level} ${ui[key][locale]}`));
      expect(structural).toEqual(ADR_HEADINGS.map(([level, key]) => `${level} ${ui[key][locale]}`));
      for (const option of edge.options) expect(text).toContain(option.label[locale]);
      // The panel's odds went into the record.
      expect(text).toContain((await page.locator(`${matrix} [data-verdict]`).textContent())!.trim());

      const link = new URL(text.match(/\]\((http[^)\s]*#[^)\s]*matrix=edge[^)\s]*)\)/)![1]!);
      expect(link.pathname).toBe(casePath(edge, prefix));
      // A fresh tab each time: in this tab, the same page with a new hash would not load again.
      for (const other of LOCALES.map((l) => l.prefix)) {
        const reopened = await context.newPage();
        await reopened.goto(`${casePath(edge, other)}${link.hash}`);
        await expectChangedState(reopened);
        await reopened.close();
      }
    });
  });
}
