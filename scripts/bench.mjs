/**
 * The site benchmark: build time (with and without the diagram cache), JavaScript per page type, Pagefind search
 * latency for Chinese and English queries beside a two-page Pagefind index measured the same way in the same run,
 * and the engine's timings. Writes reports/bench.json and reports/bench.md. Run with `npm run bench`; figures only,
 * nothing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumExecutable } from '../src/chromium-path.ts';
import { median, startPreview } from './lib/preview.mjs';
import { benchSearch, searchTable } from './lib/search-bench.mjs';

const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3);
const SEARCH_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 5);
const PAGE_TYPES = {
  home: '/en/',
  'case index': '/en/cases/',
  'case page (matrix island)': '/en/cases/edge-computing/',
  'comparison matrix (advisor island)': '/en/kb/comparison-matrix/',
  'knowledge-base page (no island)': '/en/kb/glossary/',
};
const DIAGRAM_CACHE = 'node_modules/.cache/casebook-diagrams';

function timedBuild() {
  const start = process.hrtime.bigint();
  const run = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore' });
  if (run.status !== 0) throw new Error('astro build failed');
  return Number(process.hrtime.bigint() - start) / 1e9;
}

console.log('Building (warm-up, then timed runs)…');
timedBuild();
const warm = Array.from({ length: BUILD_RUNS }, timedBuild);
const cold = Array.from({ length: BUILD_RUNS }, () => {
  rmSync(DIAGRAM_CACHE, { recursive: true, force: true });
  return timedBuild();
});

const server = await startPreview(Number(process.env.BENCH_PORT ?? 4325));
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
const javascript = {};
try {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    const page = await browser.newPage();
    const scripts = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(`${server.origin}${path}`);
    // Scroll through the page a screen at a time, so that every client:visible island comes into view and loads.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts);
    // Inline scripts ship inside the HTML; counted here as well, since they are JavaScript the page runs.
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join(''));
    const all = Buffer.concat([...bodies, Buffer.from(inline)]);
    javascript[type] = { path, files: bodies.length, bytes: all.length, gzipBytes: gzipSync(all, { level: 9 }).length };
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}

const search = await benchSearch('dist', SEARCH_RUNS);

const engine = spawnSync('npm', ['run', '--silent', 'bench:engine'], { encoding: 'utf8' }).stdout.trim();
const report = {
  date: new Date().toISOString(),
  build: { runs: BUILD_RUNS, warmCacheSeconds: median(warm), coldCacheSeconds: median(cold), diagramsAddSeconds: median(cold) - median(warm) },
  javascript,
  search,
  engine,
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
const kib = (n) => (n / 1024).toFixed(1);
const md = [
  `# Benchmark, ${report.date}`,
  '',
  `Build (\`astro build\`, median of ${BUILD_RUNS}): ${report.build.warmCacheSeconds.toFixed(1)} s with the diagram cache, ${report.build.coldCacheSeconds.toFixed(1)} s without it; drawing the diagrams adds ${report.build.diagramsAddSeconds.toFixed(1)} s.`,
  '',
  'JavaScript a page runs once scrolled through: its islands, Starlight\'s scripts and the Pagefind UI that Starlight loads when idle.',
  '',
  '| Page type | Path | Script files | JS (KiB) | JS gzipped (KiB) |',
  '| --- | --- | --: | --: | --: |',
  ...Object.entries(javascript).map(([type, j]) => `| ${type} | ${j.path} | ${j.files} | ${kib(j.bytes)} | ${kib(j.gzipBytes)} |`),
  '',
  ...searchTable(search),
  '',
  '```',
  engine,
  '```',
  '',
].join('\n');
writeFileSync('reports/bench.md', md);
console.log(md);
