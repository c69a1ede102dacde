// Screenshots of pages in both languages, light and dark, on a 360 px phone and a desktop, for reviewing the
// look of a change: `npm run build && npm run preview` in one shell, then `node scripts/screenshots.mjs [path…]`.
// Writes screenshots/<page>-<locale>-<theme>-<width>.png. Uses $CHROMIUM_PATH or /usr/bin/chromium if present.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/cases/', '/cases/edge-computing/'];
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
mkdirSync('screenshots', { recursive: true });
for (const path of paths) {
  for (const prefix of ['', '/en']) {
    for (const theme of ['light', 'dark']) {
      for (const width of [360, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(`${base}${prefix}${path}`);
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 50));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForTimeout(300);
        const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${prefix ? 'en' : 'zh'}-${theme}-${width}`;
        await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
        await page.close();
      }
    }
  }
}
await browser.close();
