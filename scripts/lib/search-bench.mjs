import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/chromium-path.ts';
import { pagefindRanking } from '../../src/search/pagefind-options.ts';
import { buildBaselineIndex } from './baseline-index.mjs';
import { median } from './preview.mjs';
import { searchLatency } from './search-latency.mjs';
import { serveStatic } from './static-server.mjs';

export const SEARCH_QUERIES = { zh: ['边缘计算', '服务网格', '冷启动', '多租户'], en: ['edge computing', 'service mesh', 'cold start', 'multi-tenant'] };

/**
 * Search latency of a built site beside a two-page index built by the same Pagefind: both are served by the same
 * static server with the same pages, so that only the index differs, and site and baseline alternate run by run.
 * Per language: the medians over `runs` fresh pages (see search-latency.mjs); with the machine's 1-minute load
 * average before and after, since other work on the machine slows every figure.
 */
export async function benchSearch(dist, runs) {
  const loadBefore = loadavg()[0];
  const baselineDir = mkdtempSync(join(tmpdir(), 'pagefind-baseline-'));
  await buildBaselineIndex(dist, baselineDir);
  const servers = { site: await serveStatic(dist), baseline: await serveStatic(dist, { mounts: { '/pagefind/': baselineDir } }) };
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const languages = {};
  try {
    for (const [locale, queries] of Object.entries(SEARCH_QUERIES)) {
      const options = { home: locale === 'zh' ? '/' : '/en/', queries, pagefindOptions: { ranking: pagefindRanking } };
      const measured = { site: [], baseline: [] };
      for (let run = 0; run < runs; run++) {
        for (const which of run % 2 ? ['baseline', 'site'] : ['site', 'baseline']) {
          measured[which].push(await searchLatency(browser, servers[which].origin, options));
        }
      }
      const summary = (list) => ({
        apiColdMs: median(list.map((r) => r.apiColdMs)),
        apiWarmMs: median(list.flatMap((r) => r.apiWarmMs)),
        dialogMs: median(list.map((r) => r.dialogMs)),
      });
      languages[locale] = { queries, site: summary(measured.site), baseline: summary(measured.baseline) };
    }
  } finally {
    await browser.close();
    await servers.site.stop();
    await servers.baseline.stop();
    rmSync(baselineDir, { recursive: true, force: true });
  }
  return { runs, cores: cpus().length, loadAverage: [loadBefore, loadavg()[0]], languages };
}

/** The search figures as Markdown lines. */
export function searchTable(search) {
  const ratio = (a, b) => (a / b).toFixed(2);
  return [
    `Pagefind search, median of ${search.runs} fresh pages (a new browser context each), beside a two-page index built by the same Pagefind and served the same way. First query: through the API, from importing pagefind.js to the top five results' data. Dialog: in the header search, from the first keystroke to the first result shown (Pagefind's UI waits 300 ms after typing). Later queries: through the API, once loaded.`,
    '',
    '| Language | First query (ms) | Two-page index (ms) | Ratio | Dialog (ms) | Two-page index (ms) | Ratio | Later queries (ms) |',
    '| --- | --: | --: | --: | --: | --: | --: | --: |',
    ...Object.entries(search.languages).map(
      ([locale, s]) =>
        `| ${locale} (${s.queries[0]}) | ${s.site.apiColdMs.toFixed(0)} | ${s.baseline.apiColdMs.toFixed(0)} | ${ratio(s.site.apiColdMs, s.baseline.apiColdMs)} | ${s.site.dialogMs.toFixed(0)} | ${s.baseline.dialogMs.toFixed(0)} | ${ratio(s.site.dialogMs, s.baseline.dialogMs)} | ${s.site.apiWarmMs.toFixed(0)} |`,
    ),
    '',
    `Machine: ${search.cores} cores, 1-minute load average ${search.loadAverage.map((l) => l.toFixed(1)).join(' before, ')} after.`,
  ];
}
