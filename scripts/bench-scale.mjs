/**
 * How the site scales with the number of case studies: for N = 4, 25 and 100 cases (the four real ones, then
 * clones of them in turn, see lib/synthetic-cases.mjs), builds a temporary copy of the site, then reports its build
 * time (first build, which draws the grown decision tree, and a rebuild with the diagram cache warm), the size of
 * dist/ and of the search index, and the first query's latency through Pagefind's API (median of fresh pages).
 * Writes reports/bench-scale.{json,md}. Run with `npm run bench:scale`; BENCH_SCALE_SIZES=4,25 picks other sizes.
 * The copy lives in the system's temporary folder and shares node_modules by hard links (same file system needed).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumExecutable } from '../src/chromium-path.ts';
import { pagefindRanking } from '../src/search/pagefind-options.ts';
import { median } from './lib/preview.mjs';
import { SEARCH_QUERIES } from './lib/search-bench.mjs';
import { apiLatency } from './lib/search-latency.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { addSyntheticCases } from './lib/synthetic-cases.mjs';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '4,25,100').split(',').map(Number);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 5);
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'reports', 'test-results', 'playwright-report', 'screenshots']);

function copySite(total) {
  const dir = mkdtempSync(join(tmpdir(), `casebook-scale-${total}-`));
  for (const name of readdirSync('.')) {
    if (!NOT_COPIED.has(name)) cpSync(name, join(dir, name), { recursive: true });
  }
  // Hard links: the copy gets its own node_modules folder (Astro resolves a symlinked one to the original and
  // fails), at no cost in space, and its own diagram cache (node_modules/.cache), warm with the real tree.
  const linked = spawnSync('cp', ['-al', 'node_modules', join(dir, 'node_modules')], { stdio: 'inherit' });
  if (linked.status !== 0) throw new Error(`Could not hard-link node_modules into ${dir}; set TMPDIR to a folder on this project's file system.`);
  return dir;
}

function timedBuild(dir) {
  const start = process.hrtime.bigint();
  const run = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`astro build failed in ${dir}:\n${run.stdout}${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Total size in bytes and number of files under a folder, optionally only files whose path matches. */
function sizeOf(dir, match = () => true) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && match(path)) {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

const executablePath = chromiumExecutable();
const rows = [];
for (const total of SIZES) {
  console.log(`${total} cases: copying, generating, building twice, searching…`);
  const loadBefore = loadavg()[0];
  const dir = copySite(total);
  try {
    addSyntheticCases(dir, total);
    const firstBuild = timedBuild(dir);
    const rebuild = timedBuild(dir);
    const dist = join(dir, 'dist');
    const server = await serveStatic(dist);
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
    const firstQuery = {};
    try {
      for (const [locale, queries] of Object.entries(SEARCH_QUERIES)) {
        const options = { home: locale === 'zh' ? '/' : '/en/', queries: queries.slice(0, 1), pagefindOptions: { ranking: pagefindRanking } };
        const times = [];
        for (let run = 0; run < RUNS; run++) times.push((await apiLatency(browser, server.origin, options))[0]);
        firstQuery[locale] = median(times);
      }
    } finally {
      await browser.close();
      await server.stop();
    }
    rows.push({
      cases: total,
      pages: [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>/g)].length,
      firstBuildSeconds: firstBuild,
      rebuildSeconds: rebuild,
      distBytes: sizeOf(dist).bytes,
      wordIndex: sizeOf(join(dist, 'pagefind'), (p) => /\.pf_(index|meta|filter)$/.test(p)),
      fragments: sizeOf(join(dist, 'pagefind/fragment')),
      firstQueryMs: firstQuery,
      loadAverage: [loadBefore, loadavg()[0]],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const report = { date: new Date().toISOString(), runs: RUNS, queries: { zh: SEARCH_QUERIES.zh[0], en: SEARCH_QUERIES.en[0] }, rows };
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-scale.json', `${JSON.stringify(report, null, 2)}\n`);
const mb = (n) => (n / 1024 / 1024).toFixed(1);
const kb = (n) => (n / 1024).toFixed(0);
const base = rows[0];
const md = [
  `# Scale benchmark, ${report.date}`,
  '',
  `Build: \`astro build\` of a copy of the site with N cases; the first build draws the grown decision tree, the rebuild finds it in the diagram cache. Search: the first query through Pagefind's API on a fresh page (${report.queries.zh} / ${report.queries.en}), median of ${RUNS}, relative to the first row.`,
  '',
  `Machine: ${cpus().length} cores; the 1-minute load average before and after each row is in the last column (other work on the machine slows every figure).`,
  '',
  '| Cases | Pages | First build (s) | Rebuild, diagrams cached (s) | dist/ (MB) | Search words index (KB, files) | Search fragments (KB, files) | First query zh (ms) | First query en (ms) | Load average |',
  '| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ...rows.map(
    (r) =>
      `| ${r.cases} | ${r.pages} | ${r.firstBuildSeconds.toFixed(1)} | ${r.rebuildSeconds.toFixed(1)} | ${mb(r.distBytes)} | ${kb(r.wordIndex.bytes)} (${r.wordIndex.files}) | ${kb(r.fragments.bytes)} (${r.fragments.files}) | ${r.firstQueryMs.zh.toFixed(0)} (×${(r.firstQueryMs.zh / base.firstQueryMs.zh).toFixed(2)}) | ${r.firstQueryMs.en.toFixed(0)} (×${(r.firstQueryMs.en / base.firstQueryMs.en).toFixed(2)}) | ${r.loadAverage.map((l) => l.toFixed(1)).join(' → ')} |`,
  ),
  '',
].join('\n');
writeFileSync('reports/bench-scale.md', md);
console.log(md);
