/**
 * The site audit: serves the built dist/ on loopback, runs Lighthouse (mobile, its default) on every page of the
 * sitemap and axe on every page in both themes, and writes reports/audit.json and reports/audit.md. Run with
 * `npm run audit` (which builds first). With --gate, exits non-zero when a page misses AUDIT_GATE (see README).
 * With --templates, Lighthouse only, on one page of each template in both languages (what CI gates; the tests
 * run axe on every page).
 */
import AxeBuilder from '@axe-core/playwright';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumExecutable } from '../src/chromium-path.ts';
import { sitemapPaths, startPreview, templatePaths } from './lib/preview.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The CI gate: accessibility, best practices and SEO are deterministic; performance is timed on a noisy machine. */
const AUDIT_GATE = { performance: 60, accessibility: 100, 'best-practices': 100, seo: 100 };
const PORT = Number(process.env.AUDIT_PORT ?? 4324);
const gate = process.argv.includes('--gate');
const templatesOnly = process.argv.includes('--templates');

const server = await startPreview(PORT);
const executablePath = chromiumExecutable();
const chrome = await launchChrome({
  chromePath: executablePath ?? process.env.CHROME_PATH ?? chromium.executablePath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
// axe runs only on the full audit; with --templates the tests have already run it on every page.
const browser = templatesOnly ? null : await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const pages = [];
try {
  for (const path of templatesOnly ? templatePaths() : sitemapPaths()) {
    const url = `${server.origin}${path}`;
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const jsBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
    const shortfalls = CATEGORIES.filter((c) => scores[c] < 100).flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${lhr.audits[ref.id].title}${lhr.audits[ref.id].displayValue ? ` (${lhr.audits[ref.id].displayValue})` : ''}`),
    );
    const axe = browser ? { light: [], dark: [] } : null;
    for (const theme of browser ? ['light', 'dark'] : []) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(url);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).analyze();
      axe[theme] = violations.map((v) => `${v.id} (${v.nodes.length})`);
      await context.close();
    }
    const entry = {
      path,
      scores,
      jsBytes,
      lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
      cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      shortfalls,
      axe,
    };
    pages.push(entry);
    console.log(`${path}  ${CATEGORIES.map((c) => scores[c]).join('/')}  ${axe ? `axe ${axe.light.length + axe.dark.length}` : 'axe not run'}`);
  }
} finally {
  await browser?.close();
  chrome.kill();
  server.stop();
}

const report = { date: new Date().toISOString(), lighthouse: lhVersion(), gate: AUDIT_GATE, pages };
mkdirSync('reports', { recursive: true });
writeFileSync('reports/audit.json', `${JSON.stringify(report, null, 2)}\n`);
writeFileSync('reports/audit.md', markdown(report));
console.log('Wrote reports/audit.json and reports/audit.md');

const failing = pages.filter((p) => CATEGORIES.some((c) => p.scores[c] < AUDIT_GATE[c]) || (p.axe && p.axe.light.length + p.axe.dark.length > 0));
if (gate && failing.length > 0) {
  console.error(`Below the gate: ${failing.map((p) => p.path).join(', ')}`);
  process.exit(1);
}

function lhVersion() {
  return JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
}

function markdown({ date, pages }) {
  const rows = pages.map((p) =>
    [
      p.path,
      ...CATEGORIES.map((c) => p.scores[c]),
      (p.jsBytes / 1024).toFixed(1),
      p.lcpMs,
      p.tbtMs,
      p.cls,
      !p.axe ? 'not run' : p.axe.light.length + p.axe.dark.length === 0 ? '0' : [...p.axe.light.map((v) => `light ${v}`), ...p.axe.dark.map((v) => `dark ${v}`)].join('; '),
      p.shortfalls.join('; ') || '—',
    ].join(' | '),
  );
  return [
    `# Site audit, ${date}`,
    '',
    templatesOnly
      ? 'Lighthouse (mobile, simulated throttling) on one page of each template in both languages, served from dist/ on loopback.'
      : 'Lighthouse (mobile, simulated throttling) and axe (light and dark theme) on every page of the sitemap, served from dist/ on loopback.',
    '',
    '| Page | Perf. | A11y | Best pr. | SEO | JS (KiB transferred) | LCP (ms) | TBT (ms) | CLS | Axe violations | Why below 100 |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
    '',
  ].join('\n');
}
