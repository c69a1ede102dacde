import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Types a query into Starlight's header search and returns the paths of the results it shows first. */
async function headerSearch(page: Page, query: string): Promise<string[]> {
  await page.getByRole('button', { name: /搜索|Search/ }).first().click();
  await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
  const results = page.locator('dialog[open] .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

test('Pagefind loads once the page is idle, before the search is opened', async ({ page }) => {
  const loaded: string[] = [];
  page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/en/');
  await expect
    .poll(() => loaded.filter((path) => /^\/pagefind\/(pagefind\.js|wasm\.en\.pagefind|pagefind\.en_\w+\.pf_meta)$/.test(path)).length)
    .toBe(3);
  expect(loaded.filter((path) => path.startsWith('/pagefind/index/'))).toEqual([]);
});

test('the header search ranks with the options the relevance test uses', async ({ page }) => {
  await page.goto('/en/');
  // The case page or its details page (the case's reference prose) answers first.
  expect(['/en/cases/service-mesh/', '/en/cases/service-mesh/details/']).toContain((await headerSearch(page, 'which service mesh uses the least memory'))[0]);
  await page.goto('/');
  expect(['/cases/service-mesh/', '/cases/service-mesh/details/']).toContain((await headerSearch(page, '服务网格 开销'))[0]);
});

test('the header search shows the case index under its reader-facing title', async ({ page }) => {
  await page.goto('/en/');
  await headerSearch(page, 'case index');
  await expect(page.locator('dialog[open] .pagefind-ui__result-link[href="/en/cases/"]').first()).toHaveText('Case index: the four technology-selection case studies');
});
