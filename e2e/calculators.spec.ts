import AxeBuilder from '@axe-core/playwright';
import { stepped } from '../src/engine/calculators/parse-input';
import { CALCULATORS, expectedOutput } from './calculator-data';
import { expect, hydrated, LOCALES, test } from './fixtures';

/** Per calculator: a field and a valid new value for it that changes the primary output. */
const EDITS: Record<string, { field: string; value: number }> = {
  'serverless-cost': { field: 'duration', value: 130 },
  'edge-density': { field: 'device-ram', value: 1024 },
  'tenant-density': { field: 'cpu-overcommit', value: 4 },
  'mesh-overhead': { field: 'nodes', value: 40 },
};

for (const { locale, prefix } of LOCALES) {
  for (const { id, path, spec } of CALCULATORS) {
    const url = `${prefix}${path}`;
    const calc = `[data-calculator="${id}"]`;
    const output = `${calc} [data-output]`;
    const edit = EDITS[id];
    if (!edit) throw new Error(`no edit for ${id}`);
    const input = `${calc} input[data-field="${edit.field}"]`;

    test.describe(`${id} calculator (${locale})`, () => {
      test.describe('without JavaScript', () => {
        test.use({ javaScriptEnabled: false });
        test('shows the engine’s result at the defaults', async ({ page }) => {
          await page.goto(url);
          await expect(page.locator(output)).toHaveAttribute('data-output', expectedOutput(spec));
          await expect(page.locator(`${calc} input`).first()).toBeDisabled();
        });
      });

      test('hydrates to the same content the server rendered', async ({ page, browser }) => {
        const noScript = await browser.newContext({ javaScriptEnabled: false });
        const server = await noScript.newPage();
        await server.goto(url);
        const serverText = await server.locator(calc).innerText();
        await noScript.close();
        await page.goto(url);
        await hydrated(page, calc);
        expect(await page.locator(calc).innerText()).toBe(serverText);
      });

      test('is usable by keyboard alone', async ({ page }) => {
        await page.goto(url);
        await hydrated(page, calc);
        await page.locator(input).focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.type(String(edit.value));
        await expect(page.locator(output)).toHaveAttribute('data-output', expectedOutput(spec, { [edit.field]: edit.value }));
        const field = spec.fields.find((f) => f.id === edit.field);
        if (field?.kind !== 'number') throw new Error(`${edit.field} is not a number field`);
        await page.keyboard.press('ArrowUp');
        await expect(page.locator(input)).toHaveValue(String(stepped(edit.value, field, 1)));
        await page.keyboard.press('Tab');
        await expect(page.locator(input)).not.toBeFocused();
        const reset = page.locator(`${calc} button`);
        await reset.focus();
        await page.keyboard.press('Enter');
        await expect(page.locator(output)).toHaveAttribute('data-output', expectedOutput(spec));
        await expect(page.locator(input)).toHaveValue(String(spec.fields.find((f) => f.id === edit.field)?.value));
      });

      test('editing an input gives the engine’s result', async ({ page }) => {
        await page.goto(url);
        await hydrated(page, calc);
        expect(expectedOutput(spec, { [edit.field]: edit.value })).not.toBe(expectedOutput(spec));
        await page.locator(input).fill(String(edit.value));
        await expect(page.locator(output)).toHaveAttribute('data-output', expectedOutput(spec, { [edit.field]: edit.value }));
      });

      test('bad input is flagged at its field and the last valid result stays', async ({ page }) => {
        await page.goto(url);
        await hydrated(page, calc);
        await page.locator(input).fill(String(edit.value));
        const valid = expectedOutput(spec, { [edit.field]: edit.value });
        await expect(page.locator(output)).toHaveAttribute('data-output', valid);
        for (const [text, problem] of [['abc', 'not-a-number'], ['-5', 'negative'], ['', 'empty'], ['1e30', 'above-max']] as const) {
          await page.locator(input).fill(text);
          await expect(page.locator(input)).toHaveAttribute('aria-invalid', 'true');
          const message = page.locator(`${calc} [data-problem="${problem}"]`);
          await expect(message).toBeVisible();
          const describedBy = (await page.locator(input).getAttribute('aria-describedby')) ?? '';
          expect(describedBy.split(' ')).toContain(await message.getAttribute('id'));
          await expect(page.locator(output)).toHaveAttribute('data-output', valid);
          await expect(page.locator(output)).not.toContainText(/NaN|Infinity/);
        }
      });

      test('a link carries the values to a fresh page', async ({ page, context }) => {
        await page.goto(url);
        await hydrated(page, calc);
        await page.locator(input).fill(String(edit.value));
        await expect(page).toHaveURL(new RegExp(`#calc=${id}&${edit.field}=${edit.value}$`));
        const fresh = await context.newPage();
        await fresh.goto(page.url());
        await hydrated(fresh, calc);
        await expect(fresh.locator(input)).toHaveValue(String(edit.value));
        await expect(fresh.locator(output)).toHaveAttribute('data-output', expectedOutput(spec, { [edit.field]: edit.value }));
        await expect(fresh.locator(`${calc} [data-ignored]`)).toHaveCount(0);
      });

      test('a malformed link says what was ignored and keeps the defaults', async ({ page }) => {
        await page.goto(`${url}#calc=${id}&${edit.field}=-5&nope=1&%E0%A4%A=1&<img src=x onerror=alert(1)>=1`);
        await hydrated(page, calc);
        const message = page.locator(`${calc} [data-ignored]`);
        await expect(message).toBeVisible();
        await expect(message).toContainText('<img');
        await expect(message).toContainText(`${edit.field}=-5`);
        await expect(page.locator(`${calc} img`)).toHaveCount(0);
        await expect(page.locator(output)).toHaveAttribute('data-output', expectedOutput(spec));
      });

      test('ignores the decision matrix’s link', async ({ page }) => {
        await page.goto(`${url}#matrix=x&w.a=1`);
        await hydrated(page, calc);
        await expect(page.locator(`${calc} [data-ignored]`)).toHaveCount(0);
        await expect(page.locator(output)).toHaveAttribute('data-output', expectedOutput(spec));
      });

      test('has no axe violations, on a desktop and on a 360 px phone', async ({ page }) => {
        await page.goto(url);
        await hydrated(page, calc);
        await page.locator(input).fill('abc');
        const desktop = await new AxeBuilder({ page }).include(calc).analyze();
        expect(desktop.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
        await page.setViewportSize({ width: 360, height: 800 });
        const phone = await new AxeBuilder({ page }).include(calc).analyze();
        expect(phone.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      });
    });
  }
}
