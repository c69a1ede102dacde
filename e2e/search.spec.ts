import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Searches with Starlight's Pagefind dialog and returns the paths of every result, loading all pages of them. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.getByRole('button', { name: /搜索|Search/ }).first().click();
  await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
  const results = page.locator('dialog[open] .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const more = page.locator('dialog[open] .pagefind-ui__button');
  while (await more.isVisible()) await more.click();
  return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

test('a Chinese search for 边缘计算 finds the case index, and only Chinese pages', async ({ page }) => {
  await page.goto('/');
  const paths = await search(page, '边缘计算');
  expect(paths).toContain('/cases/');
  expect(paths).toContain('/cases/edge-computing/');
  expect(paths.filter((p) => p.startsWith('/en/'))).toEqual([]);
});

test('an English search for edge computing finds the case index, and only English pages', async ({ page }) => {
  await page.goto('/en/');
  const paths = await search(page, 'edge computing');
  expect(paths).toContain('/en/cases/');
  expect(paths).toContain('/en/cases/edge-computing/');
  expect(paths.every((p) => p.startsWith('/en/'))).toBe(true);
});

test('a Chinese search for 服务网格 finds the service-mesh case', async ({ page }) => {
  await page.goto('/');
  expect(await search(page, '服务网格')).toContain('/cases/service-mesh/');
});
