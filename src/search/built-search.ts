import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One search result as the header search shows it. */
export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
}

export interface BuiltSearch {
  /** The first `count` results for a query, best first. */
  search(query: string, count?: number): Promise<SearchHit[]>;
}

interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface PagefindInstance {
  options(options: object): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}
interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindInstance;
}

const nodeFetch = globalThis.fetch;

/** Pagefind's bundle loads its index with `fetch`; Node's fetch cannot read files, so file: URLs are answered here. */
function fetchFilesToo(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  if (url.protocol !== 'file:') return nodeFetch(input, init);
  return readFile(fileURLToPath(url)).then(
    (body) => new Response(body),
    () => new Response(null, { status: 404 }),
  );
}

/**
 * The search of a built site (its `dist/`), in one language, run by the site's own Pagefind bundle
 * (`pagefind/pagefind.js`, the file the browser loads) in Node, with the given options (ranking, excerpt length).
 * Each language gets its own copy of the module, since the bundle holds one WebAssembly instance per module
 * and a page only ever searches one language.
 */
export async function openBuiltSearch(dist: string, lang: string, options: object): Promise<BuiltSearch> {
  globalThis.fetch = fetchFilesToo as typeof fetch;
  const bundle = pathToFileURL(join(dist, 'pagefind/'));
  const pagefind = (await import(/* @vite-ignore */ `${bundle.href}pagefind.js?lang=${lang}`)) as PagefindModule;
  // The bundle takes its language from <html lang>, read when an instance is created.
  const scope = globalThis as { document?: unknown };
  scope.document = { querySelector: () => ({ getAttribute: () => lang }) };
  const instance = pagefind.createInstance({ basePath: bundle.href });
  delete scope.document;
  await instance.options({ ...options, baseUrl: '/' });
  return {
    async search(query, count = 3) {
      const { results } = await instance.search(query);
      const data = await Promise.all(results.slice(0, count).map((r) => r.data()));
      return data.map((d) => ({ url: d.url, title: d.meta.title ?? '', excerpt: d.excerpt }));
    },
  };
}
