import { expect, test } from './fixtures';
import { searchFor } from './search-dialog';

test('on /en/, Pagefind loads once the page is idle, and the header search ranks and titles its results as the relevance test does', async ({ page }) => {
  const loaded: string[] = [];
  page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/en/');

  await test.step('Pagefind loads once the page is idle, before the search is opened', async () => {
    await expect
      .poll(() => loaded.filter((path) => /^\/pagefind\/(pagefind\.js|wasm\.en\.pagefind|pagefind\.en_\w+\.pf_meta)$/.test(path)).length)
      .toBe(3);
    expect(loaded.filter((path) => path.startsWith('/pagefind/index/'))).toEqual([]);
  });

  await test.step('the header search ranks with the options the relevance test uses', async () => {
    // The case page or its details page (the case's reference prose) answers first.
    expect(['/en/cases/service-mesh/', '/en/cases/service-mesh/details/']).toContain((await searchFor(page, 'which service mesh uses the least memory'))[0]);
  });

  await test.step('the header search shows the case index under its reader-facing title', async () => {
    await searchFor(page, 'case index');
    await expect(page.locator('dialog[open] .pagefind-ui__result-link[href="/en/cases/"]').first()).toHaveText('Case index: the four technology-selection case studies');
  });
});

test('on /, the header search ranks with the options the relevance test uses', async ({ page }) => {
  await page.goto('/');
  expect(['/cases/service-mesh/', '/cases/service-mesh/details/']).toContain((await searchFor(page, '服务网格 开销'))[0]);
});
