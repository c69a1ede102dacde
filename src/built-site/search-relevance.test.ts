import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBuiltSearch, type BuiltSearch } from '../search/built-search';
import { pagefindRanking } from '../search/pagefind-options';
import { DIST as DIST_URL } from './dist';

const root = new URL('../..', import.meta.url).pathname;
const DIST = DIST_URL.pathname;
/** The readers' queries, kept beside the project (../shared); this project's own cases are in queries.yaml. */
const SHARED = join(root, '../shared/search/queries.yaml');
const OWN = join(root, 'src/search/queries.yaml');

const querySchema = z.object({ q: z.string().min(1), lang: z.enum(['zh-CN', 'en']), pages: z.array(z.string()).min(1) });
type Query = z.infer<typeof querySchema>;
const readQueries = (file: string): Query[] => z.array(querySchema).parse(parse(readFileSync(file, 'utf8')));

const shared = existsSync(SHARED) ? readQueries(SHARED) : [];
const own = readQueries(OWN);
const register = (lang: Query['lang']) => (lang === 'en' ? '/en/kb/sources/' : '/kb/sources/');
// Starlight's search dialog shows sub-results, for which Pagefind's UI asks for 12-word excerpts.
const OPTIONS = { ranking: pagefindRanking, excerptLength: 12 };

const search = {} as Record<Query['lang'], BuiltSearch>;
beforeAll(async () => {
  search['zh-CN'] = await openBuiltSearch(DIST, 'zh-CN', OPTIONS);
  search.en = await openBuiltSearch(DIST, 'en', OPTIONS);
});

/** A case's details page (`/cases/<case>/details/`) holds the case's reference prose: it answers for the case. */
const asCase = (url: string) => url.replace(/^((?:\/en)?\/cases\/[^/]+\/)details\/$/, '$1');

async function expectInTopThree({ q, lang, pages }: Query) {
  const urls = (await search[lang].search(q)).map((hit) => hit.url);
  expect(urls.filter((url) => pages.includes(asCase(url))), `top three for "${q}": ${urls.join(' ')}`).not.toHaveLength(0);
}

const decode = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The built pages of a language (the English ones under en/), as HTML. */
function builtPages(lang: Query['lang']): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (!e.isDirectory()) return e.name === 'index.html' ? [path] : [];
      return ['pagefind', '_astro', ...(lang === 'zh-CN' ? ['en'] : [])].includes(e.name) && dir === DIST ? [] : files(path);
    });
  return files(lang === 'en' ? join(DIST, 'en') : DIST).map((file) => readFileSync(file, 'utf8'));
}

/** The text of each table row's cells, tags removed and spaces collapsed. */
const tableRows = (html: string): string[][] =>
  [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => decode((cell[1] ?? '').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim()),
  );

/** Every page's indexed text in a language, as Pagefind stores it for excerpts (its fragments). */
function indexedTexts(lang: Query['lang']): string[] {
  const dir = join(DIST, 'pagefind/fragment');
  const prefix = lang === 'en' ? 'en_' : 'zh-cn_';
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .map((name) => JSON.parse(gunzipSync(readFileSync(join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8')) as { content: string })
    .map((fragment) => fragment.content.replace(/\u200B/g, ''));
}

describe('search on the built site', () => {
  it.skipIf(shared.length === 0).each(shared)('finds a reader’s query in its language: $lang “$q”', expectInTopThree);
  it.each(own)('finds this project’s query in its language: $lang “$q”', expectInTopThree);

  it.each([...shared, ...own].filter((query) => !query.pages.includes(register(query.lang))))(
    'does not answer a topic query with the sources register first: $lang “$q”',
    async ({ q, lang }) => {
      const [first] = await search[lang].search(q, 1);
      expect(first?.url).not.toBe(register(lang));
    },
  );

  it('shows the case index under a reader-facing title, in both languages', async () => {
    expect((await search.en.search('case index')).find((hit) => hit.url === '/en/cases/')?.title).toBe('Case index: the four technology-selection case studies');
    expect((await search['zh-CN'].search('实际案例')).find((hit) => hit.url === '/cases/')?.title).toBe('案例索引：四个技术选型案例');
  });

  it.each(['en', 'zh-CN'] as const)('never glues two table cells together in the %s excerpts', (lang) => {
    const pages = builtPages(lang);
    const texts = indexedTexts(lang);
    // Text that a page itself runs together (inside one text node) is no seam between cells.
    const ownText = pages.flatMap((html) => html.split(/<[^>]+>/).map(decode)).join('\n');
    const word = /\p{L}.*\p{L}/u;
    const seams = pages.flatMap(tableRows).flatMap((cells) =>
      cells.slice(1).map((cell, i) => [/\S+$/.exec(cells[i] ?? '')?.[0] ?? '', /^\S+/.exec(cell)?.[0] ?? ''] as const),
    );
    const glued = seams
      .filter(([end, start]) => word.test(end.slice(-6)) && word.test(start.slice(0, 6)))
      .map(([end, start]) => end.slice(-6) + start.slice(0, 6))
      .filter((seam) => texts.some((t) => t.includes(seam)) && !ownText.includes(seam));
    expect([...new Set(glued)]).toEqual([]);
  });
});

