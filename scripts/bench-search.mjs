/**
 * The search part of `npm run bench` alone, on the dist/ already built: the site's Pagefind latency beside a
 * two-page index, in both languages. Run with `npm run bench:search` after `npm run build`; prints Markdown.
 */
import { existsSync } from 'node:fs';
import { benchSearch, searchTable } from './lib/search-bench.mjs';

if (!existsSync('dist/pagefind/pagefind-entry.json')) {
  console.error('No search index in dist/: run `npm run build` first.');
  process.exit(1);
}
const runs = Number(process.env.BENCH_SEARCH_RUNS ?? 5);
console.log(searchTable(await benchSearch('dist', runs)).join('\n'));
