import { expect, type Page } from '@playwright/test';

/**
 * Searches with Starlight's header search (Pagefind's dialog) and returns the paths of the results it shows, or of
 * every result when `all` is set (pressing "load more" until it goes). The dialog may be open from an earlier
 * search: its input is cleared first, which removes the earlier results, so that only this query's can match.
 */
export async function searchFor(page: Page, query: string, { all = false } = {}): Promise<string[]> {
  const dialog = page.locator('dialog[open]');
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: /搜索|Search/ }).first().click();
  const input = dialog.locator('.pagefind-ui__search-input');
  const results = dialog.locator('.pagefind-ui__result-link');
  await input.fill('');
  await expect(results).toHaveCount(0);
  await input.fill(query);
  await expect(results.first()).toBeVisible();
  const more = dialog.locator('.pagefind-ui__button');
  while (all && (await more.isVisible())) await more.click();
  return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}
