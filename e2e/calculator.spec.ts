import { stepped } from '../src/engine/calculators/parse-input';
import { ui, type UiKey } from '../src/i18n/ui';
import { CALCULATORS, expectedOutput } from './calculator-data';
import type { Page } from '@playwright/test';
import { expect, hydrated, LOCALES, openWidget, test } from './fixtures';

/**
 * The calculator widget's behaviour, which does not depend on the case: in full on the first calculator in both
 * languages, then once quickly on every other. Every calculator with a choice shows each option whole at a wide and
 * a phone width, in one language each, alternating. Its text and its handling of any typing are tested on the view
 * model (components/calculator/*.test.ts); its server render on every page in src/built-site. Each test opens its
 * page once and checks each of these in a step of its own.
 */

/** A number field of a calculator and a valid new value for it that changes the primary output. */
function editFor(calc: (typeof CALCULATORS)[number]) {
  for (const field of calc.spec.fields) {
    if (field.kind !== 'number') continue;
    for (const value of [field.value * 2, field.value / 2, field.max, field.min]) {
      const v = field.integer ? Math.round(value) : value;
      if (v >= field.min && v <= field.max && v !== field.value && expectedOutput(calc.spec, { [field.id]: v }) !== expectedOutput(calc.spec)) {
        return { field: field.id, value: v, spec: field };
      }
    }
  }
  throw new Error(`no single input changes the output of ${calc.id}`);
}

const [first, ...others] = CALCULATORS;
if (!first) throw new Error('no calculators');
type Calc = (typeof CALCULATORS)[number];
type Locale = (typeof LOCALES)[number]['locale'];

/** The language each calculator with a choice is checked in. */
const WITH_CHOICE = CALCULATORS.filter((c) => c.spec.fields.some((f) => f.kind === 'choice'));
const choiceLocale = new Map(WITH_CHOICE.map((c, k) => [c.id, LOCALES[k % LOCALES.length]!.locale]));
const CHOICE_VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 360, height: 780 },
];

/**
 * At a wide and a phone width, every option of each choice shows its text whole inside its group, and picking
 * another option, then the default again, gives the engine's result. Leaves the calculator at its defaults and the
 * viewport as it found it.
 */
async function expectChoicesWork(page: Page, calc: Calc, locale: Locale) {
  const selector = `[data-calculator="${calc.id}"]`;
  const viewport = page.viewportSize();
  for (const size of CHOICE_VIEWPORTS) {
    await page.setViewportSize(size);
    for (const field of calc.spec.fields) {
      if (field.kind !== 'choice') continue;
      const group = page.locator(`${selector} fieldset[data-field="${field.id}"]`);
      await group.scrollIntoViewIfNeeded();
      const groupBox = await group.boundingBox();
      for (const option of field.options) {
        const label = group.locator('label', { has: page.locator(`input[value="${option}"]`) });
        await expect(label).toHaveText(ui[`calc.${calc.id}.row.${option}` as UiKey][locale]);
        const clipped = await label.evaluate((el) => el.scrollWidth > el.clientWidth + 0.5 || el.scrollHeight > el.clientHeight + 0.5);
        expect(clipped, `${option} at ${size.width} px`).toBe(false);
        const box = await label.boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((groupBox?.x ?? 0) + (groupBox?.width ?? 0) + 0.5);
      }
      const other = field.options.find((o) => o !== field.value) ?? field.value;
      await group.locator(`input[value="${other}"]`).check();
      await expect(page.locator(`${selector} [data-output]`)).toHaveAttribute('data-output', expectedOutput(calc.spec, { [field.id]: other }));
      await group.locator(`input[value="${field.value}"]`).check();
      await expect(page.locator(`${selector} [data-output]`)).toHaveAttribute('data-output', expectedOutput(calc.spec));
    }
  }
  if (viewport) await page.setViewportSize(viewport);
}

for (const { locale, prefix } of LOCALES) {
  const url = `${prefix}${first.path}`;
  const calc = `[data-calculator="${first.id}"]`;
  const output = `${calc} [data-output]`;
  const edit = editFor(first);
  const input = `${calc} input[data-field="${edit.field}"]`;
  const at = `#calc=${first.id}`;

  test(`the ${first.id} calculator (${locale})`, async ({ page, browser, context }) => {
    await test.step('a link to it opens at it, and it hydrates to what the server rendered', async () => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const server = await noScript.newPage();
      await server.goto(url);
      const serverText = await server.locator(calc).innerText();
      await noScript.close();
      await openWidget(page, url, calc, at);
      await expect(page.locator(calc)).toBeInViewport();
      expect(await page.locator(calc).innerText()).toBe(serverText);
    });

    if (choiceLocale.get(first.id) === locale) {
      await test.step('shows every option of its choice in full at 1280 px and at 360 px', () => expectChoicesWork(page, first, locale));
    }

    await test.step('is usable by keyboard alone, and gives the engine’s result', async () => {
      await page.locator(input).focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(String(edit.value));
      await expect(page.locator(output)).toHaveAttribute('data-output', expectedOutput(first.spec, { [edit.field]: edit.value }));
      await page.keyboard.press('ArrowUp');
      await expect(page.locator(input)).toHaveValue(String(stepped(edit.value, edit.spec, 1)));
      await page.keyboard.press('Tab');
      await expect(page.locator(input)).not.toBeFocused();
      const reset = page.locator(`${calc} .matrix-toolbar button`);
      await reset.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator(output)).toHaveAttribute('data-output', expectedOutput(first.spec));
      await expect(page.locator(input)).toHaveValue(String(edit.spec.value));
    });

    await test.step('a link carries the values to a fresh page; a malformed one says what was ignored', async () => {
      await page.locator(input).fill(String(edit.value));
      await expect(page).toHaveURL(new RegExp(`#calc=${first.id}&${edit.field}=${edit.value}$`));
      const fresh = await context.newPage();
      await fresh.goto(page.url());
      await hydrated(fresh, calc);
      await expect(fresh.locator(input)).toHaveValue(String(edit.value));
      await expect(fresh.locator(output)).toHaveAttribute('data-output', expectedOutput(first.spec, { [edit.field]: edit.value }));
      await expect(fresh.locator(`${calc} [data-ignored]`)).toHaveCount(0);
      await fresh.close();

      const hostile = await context.newPage();
      await openWidget(hostile, url, calc, `${at}&${edit.field}=-5&nope=1&%E0%A4%A=1&<img src=x onerror=alert(1)>=1`);
      const message = hostile.locator(`${calc} [data-ignored]`);
      await expect(message).toContainText('<img');
      await expect(message).toContainText(`${edit.field}=-5`);
      await expect(hostile.locator(`${calc} img`)).toHaveCount(0);
      await expect(hostile.locator(output)).toHaveAttribute('data-output', expectedOutput(first.spec));
      await hostile.close();
    });

    await test.step('bad input is flagged at its field and the last valid result stays', async () => {
      // The previous step left the edited value in, which is the last valid result.
      const valid = expectedOutput(first.spec, { [edit.field]: edit.value });
      await expect(page.locator(input)).toHaveValue(String(edit.value));
      await expect(page.locator(output)).toHaveAttribute('data-output', valid);
      for (const [text, problem] of [['abc', 'not-a-number'], ['-5', 'negative'], ['', 'empty'], ['1e30', 'above-max']] as const) {
        await page.locator(input).fill(text);
        await expect(page.locator(input)).toHaveAttribute('aria-invalid', 'true');
        const message = page.locator(`${calc} [data-problem="${problem}"]`);
        await expect(message).toBeVisible();
        const describedBy = (await page.locator(input).getAttribute('aria-describedby')) ?? '';
        expect(describedBy.split(' ')).toContain(await message.getAttribute('id'));
        await expect(page.locator(output)).toHaveAttribute('data-output', valid);
      }
    });
  });
}

/**
 * Every other calculator: an edit gives the engine's result, in one language each, alternating; its choices (if
 * any) in the language given above. One test per calculator and language it is checked in.
 */
others.forEach((other, k) => {
  const editLocale = LOCALES[k % LOCALES.length]!.locale;
  for (const { locale, prefix } of LOCALES) {
    const checksEdit = locale === editLocale;
    const checksChoices = choiceLocale.get(other.id) === locale;
    if (!checksEdit && !checksChoices) continue;
    const what = [checksEdit && 'an edit gives the engine’s result', checksChoices && 'every option of its choice shows in full'].filter(Boolean);
    test(`the ${other.id} calculator hydrates; ${what.join('; ')} (${locale})`, async ({ page }) => {
      const selector = `[data-calculator="${other.id}"]`;
      await openWidget(page, `${prefix}${other.path}`, selector, `#calc=${other.id}`);
      if (checksChoices) await test.step('every option of its choice shows in full at 1280 px and at 360 px', () => expectChoicesWork(page, other, locale));
      if (checksEdit) {
        await test.step('an edit gives the engine’s result', async () => {
          const edit = editFor(other);
          await page.locator(`${selector} input[data-field="${edit.field}"]`).fill(String(edit.value));
          await expect(page.locator(`${selector} [data-output]`)).toHaveAttribute('data-output', expectedOutput(other.spec, { [edit.field]: edit.value }));
        });
      }
    });
  }
});
