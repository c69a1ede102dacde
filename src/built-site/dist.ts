import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

/**
 * The built site (dist/) as the checks in this folder read it: every page of the sitemap, its HTML and a parsed
 * document. These checks run after `npm run build` (see package.json: test:built); they read files only.
 */
export const DIST = new URL('../../dist/', import.meta.url);

if (!existsSync(new URL('sitemap-0.xml', DIST))) {
  throw new Error('dist/ has no build: run `npm run build` before `npm run test:built`.');
}

/** Every page path of the sitemap ("/", "/en/cases/edge-computing/", …). */
export const PAGES: string[] = [...readFileSync(new URL('sitemap-0.xml', DIST), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1] ?? '/').pathname,
);

export const localeOf = (path: string) => (path.startsWith('/en/') ? 'en' : 'zh') as 'zh' | 'en';

export function html(path: string): string {
  return readFileSync(new URL(`.${path}index.html`, DIST), 'utf8');
}

const parsed = new Map<string, Document>();

/** The page as a document (parsed once per test file). No scripts run. */
export function page(path: string): Document {
  let doc = parsed.get(path);
  if (!doc) {
    doc = new JSDOM(html(path), { url: `https://casebook.example.org${path}` }).window.document;
    parsed.set(path, doc);
  }
  return doc;
}
