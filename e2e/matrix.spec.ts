import { evaluateMatrix } from '../src/engine/matrix';
import { analyseSensitivity, rawWeightFor } from '../src/engine/sensitivity';
import { CALCULATORS } from './calculator-data';
import { CASES, casePath, expected } from './case-data';
import { expect, hydrated, LOCALES, openWidget, test } from './fixtures';

/**
 * The matrix widget's behaviour, which does not depend on the case: tested in full on the first case in both
 * languages, then once quickly on every other case. What its text says is tested on the view model
 * (components/matrix/*.test.ts, src/fuzz); its server render on every page in src/built-site.
 */
const c = CASES[0]!;
const matrix = `[data-matrix="${c.id}"]`;
const at = `#matrix=${c.id}`;
const totals = (page: import('@playwright/test').Page) =>
  page.locator(`${matrix} [data-option]`).evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-option')}=${r.getAttribute('data-total')}`));

for (const { locale, prefix } of LOCALES) {
  const url = casePath(c, prefix);

  test.describe(`the ${c.id} matrix (${locale})`, () => {
    test('a link to the matrix opens at it, and it hydrates to what the server rendered', async ({ page, browser }) => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const server = await noScript.newPage();
      await server.goto(url);
      const serverText = await server.locator(matrix).innerText();
      await noScript.close();
      await openWidget(page, url, matrix, at);
      await expect(page.locator(matrix)).toBeInViewport();
      expect(await page.locator(matrix).innerText()).toBe(serverText);
    });

    test('editing a weight moves the totals, and the winner flips where the sensitivity says', async ({ page }) => {
      await openWidget(page, url, matrix, at);
      // Hard constraints can leave a single eligible option; switch them off so that the weights decide.
      for (const box of await page.locator(`${matrix} [data-requirement]`).all()) await box.uncheck();
      const base = expected(c).input;
      const input = { ...base, requirements: base.requirements.map((r) => ({ ...r, active: false })) };
      const sensitivity = analyseSensitivity(input, evaluateMatrix(input));
      if (!sensitivity.ok) throw new Error('no sensitivity');
      // The first flip reachable on the 0–100 scale: the raw weight just beyond the interval's end, others kept.
      const flips = sensitivity.criteria.flatMap((s) => {
        if (s.status !== 'winner') return [];
        const others = input.criteria.filter((x) => x.id !== s.criterionId).map((x) => x.weight);
        return [
          ...(s.aboveTakesOver ? [{ id: s.criterionId, winner: s.aboveTakesOver, raw: rawWeightFor(Math.min(0.99, s.hi + 0.02), others) }] : []),
          ...(s.belowTakesOver ? [{ id: s.criterionId, winner: s.belowTakesOver, raw: rawWeightFor(Math.max(0, s.lo - 0.02), others) }] : []),
        ];
      });
      const flip = flips.find((f) => f.raw <= 1);
      if (!flip) throw new Error(`no weight of ${c.id} on the 0–100 scale changes its winner`);
      const before = await totals(page);
      await page.locator(`${matrix} [data-weight="${flip.id}"]`).fill(String(Math.round(flip.raw * 100)));
      await expect.poll(() => totals(page)).not.toEqual(before);
      await expect(page.locator(`${matrix} tr.is-winner`)).toHaveAttribute('data-option', flip.winner);
    });

    test('an invalid weight is flagged at its field and the last valid state stays', async ({ page }) => {
      await openWidget(page, url, matrix, at);
      const field = page.locator(`${matrix} [data-weight="${c.criteria[0]!.id}"]`);
      const before = await totals(page);
      for (const text of ['abc', '-1', '1e9']) {
        await field.fill(text);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        const message = page.locator(`#${await field.getAttribute('aria-describedby')}`);
        await expect(message).toBeVisible();
        // Next to the field, not somewhere below the widget.
        const [f, m] = [await field.boundingBox(), await message.boundingBox()];
        expect(Math.abs((m?.y ?? 0) - (f?.y ?? 0))).toBeLessThan(120);
        expect(await totals(page)).toEqual(before);
        await expect(field).toHaveValue(text);
      }
      await field.fill('50');
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      await expect.poll(() => totals(page)).not.toEqual(before);
    });

    test('a malformed link shows what was ignored and keeps the defaults', async ({ page }) => {
      await openWidget(page, url, matrix, `${at}&w.${c.criteria[0]!.id}=-5&s.nope.x=9&%E0%A4%A=1&<img src=x onerror=alert(1)>=1`);
      const message = page.locator(`${matrix} [data-ignored]`);
      await expect(message).toBeVisible();
      await expect(message).toContainText('<img');
      await expect(page.locator(`${matrix} img`)).toHaveCount(0);
      const { result } = expected(c);
      for (const option of result.options) {
        await expect(page.locator(`${matrix} [data-option="${option.id}"]`)).toHaveAttribute('data-total', String(option.total));
      }
    });

    test('is usable by keyboard alone', async ({ page }) => {
      await openWidget(page, url, matrix, at);
      const first = c.criteria[0]!;
      const field = page.locator(`${matrix} [data-weight="${first.id}"]`);
      await field.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('30');
      await page.keyboard.press('Tab');
      await expect(field).toHaveValue('30');
      const score = page.locator(`${matrix} [data-score]`).first();
      await score.focus();
      const before = await score.inputValue();
      await page.keyboard.press(before === '5' ? 'ArrowUp' : 'ArrowDown');
      await expect(score).not.toHaveValue(before);
      const reset = page.locator(`${matrix} .matrix-toolbar button`).first();
      await reset.focus();
      await page.keyboard.press('Enter');
      await expect(field).toHaveValue(String(first.weight * 100));
    });

    test('a reader adds, scores, removes and restores options; a name already taken is refused', async ({ page }) => {
      await openWidget(page, url, matrix, at);
      const rows = page.locator(`${matrix} [data-option]`);
      await expect(rows).toHaveCount(c.options.length);
      const name = page.locator(`${matrix} .matrix-add input`);
      const add = page.locator(`${matrix} .matrix-add button`);
      await name.fill(c.options[0]!.label[locale]);
      await add.click();
      await expect(page.locator(`${matrix} .matrix-notice`)).toContainText(c.options[0]!.label[locale]);
      await expect(rows).toHaveCount(c.options.length);
      await name.fill('Firecracker + K3s');
      await add.click();
      await expect(rows).toHaveCount(c.options.length + 1);
      const mine = page.locator(`${matrix} [data-option="u1"]`);
      for (const k of c.criteria) await mine.locator(`[data-score="u1:${k.id}"]`).selectOption('5');
      // Five everywhere is the best possible total, and a reader's option has no figures for a constraint to reject.
      await expect(mine).toHaveAttribute('data-rank', '1');
      await expect(page.locator(`${matrix} tr.is-winner`)).toHaveAttribute('data-option', 'u1');
      await mine.locator('.remove-button').click();
      await expect(rows).toHaveCount(c.options.length);
      await page.locator(`${matrix} [data-option="${c.options[0]!.id}"] .remove-button`).click();
      await expect(rows).toHaveCount(c.options.length - 1);
      await page.locator(`${matrix} .matrix-removed button`).click();
      await expect(rows).toHaveCount(c.options.length);
    });

    test('excluded options are unranked and listed last until their constraint is switched off', async ({ page }) => {
      await openWidget(page, url, matrix, at);
      const excluded = expected(c).result.options.filter((o) => o.excludedBy.length > 0).map((o) => o.id);
      expect(excluded.length, `no option of ${c.id} is excluded by default`).toBeGreaterThan(0);
      for (const id of excluded) await expect(page.locator(`${matrix} [data-option="${id}"]`)).toHaveAttribute('data-rank', '');
      const order = await page.locator(`${matrix} [data-option]`).evaluateAll((rows) => rows.map((r) => r.hasAttribute('data-excluded')));
      expect(order).toEqual([...order].sort((a, b) => Number(a) - Number(b)));
      for (const box of await page.locator(`${matrix} [data-requirement]`).all()) await box.uncheck();
      for (const id of excluded) await expect(page.locator(`${matrix} [data-option="${id}"]`)).not.toHaveAttribute('data-rank', '');
      await expect(page.locator(`${matrix} [data-excluded]`)).toHaveCount(0);
    });

    test('copy as Markdown carries the table, the constraints, the exclusions and the link', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openWidget(page, url, matrix, at);
      await page.locator(`${matrix} .matrix-toolbar button`).nth(2).click();
      await expect(page.locator(`${matrix} .matrix-notice`)).not.toBeEmpty();
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      const { result } = expected(c);
      expect(markdown).toContain(`### ${c.title[locale]}`);
      for (const option of c.options) expect(markdown).toContain(`| ${option.label[locale]} |`);
      for (const r of c.requirements.filter((x) => x.active)) expect(markdown).toContain(r.label[locale]);
      expect(markdown).toContain(result.options.find((o) => o.id === result.winner)!.total.toFixed(2));
      expect(markdown).toContain(page.url());
    });
  });
}

test('the calculator and the matrix keep their state side by side in the link, and a reload restores both', async ({ page }) => {
  const calc = CALCULATORS.find((x) => x.case === c.id)!;
  const calcSelector = `[data-calculator="${calc.id}"]`;
  const numberField = calc.spec.fields.find((f) => f.kind === 'number')!;
  if (numberField.kind !== 'number') throw new Error('no number field');
  const url = casePath(c, '/en');
  await openWidget(page, url, calcSelector, `#calc=${calc.id}`);
  const value = String(Math.min(numberField.max, numberField.value + numberField.step));
  await page.locator(`${calcSelector} input[data-field="${numberField.id}"]`).fill(value);
  await hydrated(page, matrix);
  const option = c.options[0]!;
  const criterion = c.criteria[0]!;
  const score = option.scores[criterion.id] === 5 ? '1' : '5';
  await page.locator(`${matrix} [data-score="${option.id}:${criterion.id}"]`).selectOption(score);
  await expect(page).toHaveURL(new RegExp(`#calc=${calc.id}&.*matrix=${c.id}&`));
  await page.reload();
  // The page opens at the first widget of the link, which restores its own state.
  await hydrated(page, calcSelector);
  await expect(page.locator(`${calcSelector} input[data-field="${numberField.id}"]`)).toHaveValue(value);
  await hydrated(page, matrix);
  await expect(page.locator(`${matrix} [data-score="${option.id}:${criterion.id}"]`)).toHaveValue(score);
});

CASES.slice(1).forEach((other, k) => {
  const { locale, prefix } = LOCALES[k % LOCALES.length]!;
  test(`the ${other.id} matrix hydrates and a score change moves its total (${locale})`, async ({ page }) => {
    const selector = `[data-matrix="${other.id}"]`;
    await openWidget(page, casePath(other, prefix), selector, `#matrix=${other.id}`);
    const option = other.options[0]!;
    const criterion = other.criteria[0]!;
    const row = page.locator(`${selector} [data-option="${option.id}"]`);
    const before = await row.getAttribute('data-total');
    await row.locator(`[data-score="${option.id}:${criterion.id}"]`).selectOption(option.scores[criterion.id] === 5 ? '1' : '5');
    await expect(row).not.toHaveAttribute('data-total', before ?? '');
  });
});
