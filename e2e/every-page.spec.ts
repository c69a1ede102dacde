import { allPaths, expect, hydrateAll, test } from './fixtures';

/**
 * Every page of the sitemap, in both languages: served, free of console errors and free of Content-Security-Policy
 * violations once every island has hydrated. What the HTML alone shows (the policy's hashes, rel="noopener", axe's
 * rules) is checked on every page in src/built-site; contrast in e2e/contrast.spec.ts.
 *
 * The pages are visited in a few groups, one browser tab per group, so that each test does not start from a cold
 * cache; each page is a step of its own, and its console errors are checked before the next page opens.
 */
const paths = allPaths();
const GROUPS = ['', '/en'].flatMap((prefix) => {
  const ofLocale = paths.filter((path) => path.startsWith('/en/') === (prefix === '/en'));
  const cases = ofLocale.filter((path) => path.startsWith(`${prefix}/cases/`));
  return [
    { name: `${prefix}/cases/ and every case page`, paths: cases },
    { name: `every other page under ${prefix}/`, paths: ofLocale.filter((path) => !cases.includes(path)) },
  ];
});

for (const group of GROUPS) {
  test(group.name, async ({ page, consoleErrors }) => {
    test.setTimeout(15_000 * group.paths.length);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
    });
    expect(group.paths.length).toBeGreaterThan(0);
    for (const path of group.paths) {
      await test.step(decodeURI(path), async () => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await hydrateAll(page);
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
        expect(consoleErrors, `console errors on ${path}`).toEqual([]);
      });
    }
  });
}
