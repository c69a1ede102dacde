import { allPaths, expect, LOCALES, test } from './fixtures';

test.describe('both locales', () => {
  for (const { prefix, lang } of LOCALES) {
    test(`the ${lang} home page renders with lang=${lang}`, async ({ page }) => {
      await page.goto(`${prefix}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.card')).toHaveCount(4);
    });
  }

  test('the language picker switches between Chinese and English', async ({ page }) => {
    await page.goto('/cases/');
    await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
    await expect(page).toHaveURL(/\/en\/cases\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
    await expect(page).toHaveURL(/\/cases\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('every zh-CN page has an English counterpart and vice versa', async () => {
    const paths = allPaths();
    const zh = paths.filter((p) => !p.startsWith('/en/')).sort();
    const en = paths.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3)).sort();
    expect(zh.length).toBeGreaterThan(10);
    expect(en).toEqual(zh);
  });
});
