import { readFileSync } from 'node:fs';
import { expect, LOCALES, test } from './fixtures';

/** Every page of the built site, from its sitemap. */
function allPaths(): string[] {
  const xml = readFileSync(new URL('../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

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

test.describe('no console errors', () => {
  for (const path of allPaths()) {
    test(`on ${decodeURI(path)}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      // Scroll to the end so that every client:visible island hydrates.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
    });
  }
});
