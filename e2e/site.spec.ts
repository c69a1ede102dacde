import { expect, test } from './fixtures';

test('the language picker switches between Chinese and English', async ({ page }) => {
  await page.goto('/cases/');
  await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
  await expect(page).toHaveURL(/\/en\/cases\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(/\/cases\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
