import { expect, test } from './fixtures';

/** Opens Starlight's search dialog, types a query and returns the result links. */
async function search(page: import('@playwright/test').Page, query: string) {
  await page.getByRole('button', { name: /搜索|Search/ }).first().click();
  const input = page.locator('dialog[open] input[type="search"]');
  await input.fill(query);
  const results = page.locator('dialog[open] .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results;
}

test('a Chinese search for 边缘计算 finds the case index', async ({ page }) => {
  await page.goto('/');
  const results = await search(page, '边缘计算');
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs).toContain('/cases/');
  expect(hrefs.every((h) => !h.startsWith('/en/'))).toBe(true);
});

test('an English search for edge computing finds the case index', async ({ page }) => {
  await page.goto('/en/');
  const results = await search(page, 'edge computing');
  const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs).toContain('/en/cases/');
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
});
