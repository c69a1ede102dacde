import AxeBuilder from '@axe-core/playwright';
import { evaluateMatrix } from '../src/engine/matrix';
import { analyseSensitivity, rawWeightFor } from '../src/engine/sensitivity';
import { CASES, casePath, expected } from './case-data';
import { expect, hydrated, LOCALES, test } from './fixtures';

for (const { locale, prefix } of LOCALES) {
  for (const c of CASES) {
    const url = casePath(c, prefix);
    const matrix = `[data-matrix="${c.id}"]`;

    test.describe(`${c.id} matrix (${locale})`, () => {
      test.describe('without JavaScript', () => {
        test.use({ javaScriptEnabled: false });
        test('shows the engine’s totals, ranks and stated totals', async ({ page }) => {
          await page.goto(url);
          const { result } = expected(c);
          for (const option of result.options) {
            const row = page.locator(`${matrix} [data-option="${option.id}"]`);
            await expect(row).toHaveAttribute('data-total', String(option.total));
            await expect(row).toHaveAttribute('data-rank', String(option.rank));
            if (option.stated !== null) await expect(row).toHaveAttribute('data-stated', String(option.stated));
            await expect(row.locator('[data-erratum]')).toHaveCount(option.erratum ? 1 : 0);
          }
        });
      });

      test('hydrates to the same content the server rendered', async ({ page, browser }) => {
        const noScript = await browser.newContext({ javaScriptEnabled: false });
        const server = await noScript.newPage();
        await server.goto(url);
        const serverText = await server.locator(matrix).innerText();
        await noScript.close();
        await page.goto(url);
        await hydrated(page, matrix);
        expect(await page.locator(matrix).innerText()).toBe(serverText);
      });

      test('editing a weight moves the totals, and the winner flips where the sensitivity says', async ({ page }) => {
        await page.goto(url);
        await hydrated(page, matrix);
        // Hard constraints can leave a single eligible option; switch them off so that weights decide.
        for (const box of await page.locator(`${matrix} [data-requirement]`).all()) await box.uncheck();
        const base = expected(c).input;
        const input = { ...base, requirements: base.requirements.map((r) => ({ ...r, active: false })) };
        const sensitivity = analyseSensitivity(input, evaluateMatrix(input));
        if (!sensitivity.ok) throw new Error('no sensitivity');
        const flip = sensitivity.criteria.find((s) => s.status === 'winner' && (s.aboveTakesOver || s.belowTakesOver));
        if (!flip || flip.status !== 'winner') throw new Error(`no weight of ${c.id} changes its winner`);
        // The raw weight just beyond the interval's end, the others kept as they are.
        const others = input.criteria.filter((x) => x.id !== flip.criterionId).map((x) => x.weight);
        const above = flip.aboveTakesOver !== null;
        const fraction = above ? Math.min(0.99, flip.hi + 0.02) : Math.max(0, flip.lo - 0.02);
        const raw = Math.round(rawWeightFor(fraction, others) * 100) / 100;
        const totals = () => page.locator(`${matrix} [data-option]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-total')));
        const before = await totals();
        const weight = page.locator(`${matrix} [data-weight="${flip.criterionId}"]`);
        await weight.fill(String(raw));
        await weight.press('Enter');
        await expect.poll(totals).not.toEqual(before);
        const newWinner = above ? flip.aboveTakesOver : flip.belowTakesOver;
        await expect(page.locator(`${matrix} tr.is-winner`)).toHaveAttribute('data-option', newWinner ?? '');
      });

      test('a copied link reproduces the state in a fresh page', async ({ page, context }) => {
        await page.goto(url);
        await hydrated(page, matrix);
        const first = c.criteria[0]!;
        const option = c.options[0]!;
        await page.locator(`${matrix} [data-weight="${first.id}"]`).fill('2');
        await page.locator(`${matrix} [data-weight="${first.id}"]`).press('Enter');
        const score = page.locator(`${matrix} [data-score="${option.id}:${first.id}"]`);
        const newScore = option.scores[first.id] === 5 ? '1' : '5';
        await score.selectOption(newScore);
        await expect(page).toHaveURL(/#matrix=/);
        const totals = await page.locator(`${matrix} [data-option]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-total')));
        const fresh = await context.newPage();
        await fresh.goto(page.url());
        await hydrated(fresh, matrix);
        await expect(fresh.locator(`${matrix} [data-weight="${first.id}"]`)).toHaveValue('2');
        await expect(fresh.locator(`${matrix} [data-score="${option.id}:${first.id}"]`)).toHaveValue(newScore);
        await expect(fresh.locator(`${matrix} [data-option]`)).toHaveCount(totals.length);
        const freshTotals = await fresh.locator(`${matrix} [data-option]`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-total')));
        expect(freshTotals).toEqual(totals);
      });

      test('a malformed link shows what was ignored and keeps the defaults', async ({ page }) => {
        const hostile = `#matrix=${c.id}&w.${c.criteria[0]!.id}=-5&s.nope.x=9&%E0%A4%A=1&<img src=x onerror=alert(1)>=1`;
        await page.goto(`${url}${hostile}`);
        await hydrated(page, matrix);
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
        await page.goto(url);
        await hydrated(page, matrix);
        const first = c.criteria[0]!;
        await page.locator(`${matrix} [data-weight="${first.id}"]`).focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('3');
        await page.keyboard.press('Tab');
        await expect(page.locator(`${matrix} [data-weight="${first.id}"]`)).toHaveValue('3');
        // Tab on to the first score, change it with the arrow keys.
        const score = page.locator(`${matrix} [data-score]`).first();
        await score.focus();
        const before = await score.inputValue();
        await page.keyboard.press(before === '5' ? 'ArrowUp' : 'ArrowDown');
        await expect(score).not.toHaveValue(before);
        // Reset by keyboard.
        const reset = page.locator(`${matrix} .matrix-toolbar button`).first();
        await reset.focus();
        await page.keyboard.press('Enter');
        await expect(page.locator(`${matrix} [data-weight="${first.id}"]`)).toHaveValue(String(first.weight));
      });

      test('has no axe violations, on a desktop and on a 360 px phone', async ({ page }) => {
        await page.goto(url);
        await hydrated(page, matrix);
        const desktop = await new AxeBuilder({ page }).include(matrix).analyze();
        expect(desktop.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        await page.setViewportSize({ width: 360, height: 800 });
        const phone = await new AxeBuilder({ page }).include(matrix).analyze();
        expect(phone.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      });
    });
  }
}
