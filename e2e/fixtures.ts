import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

/** Every page a test opens fails the test if it logs a console error or throws. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Both locales: the URL prefix of their pages and their <html lang>. */
export const LOCALES = [
  { locale: 'zh', prefix: '', lang: 'zh-CN' },
  { locale: 'en', prefix: '/en', lang: 'en' },
] as const;

/** Waits until a Preact island has hydrated (its controls get enabled once it has). */
export async function hydrated(page: Page, selector: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await expect(page.locator(`${selector} button`).first()).toBeEnabled();
}

/** Brings each island of the page into view in turn and waits until it has hydrated. */
export async function hydrateAll(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
  }
}

/**
 * Opens a page at one of its widgets, as a shared link does (`#matrix=edge`, optionally with state): the page
 * brings the widget into view, and the widget hydrates.
 */
export async function openWidget(page: Page, url: string, selector: string, hash: string): Promise<void> {
  await page.goto(`${url}${hash}`);
  await hydrated(page, selector);
}

/** Every page of the built site, from its sitemap. */
export function allPaths(): string[] {
  const xml = readFileSync(new URL('../dist/sitemap-0.xml', import.meta.url), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}
