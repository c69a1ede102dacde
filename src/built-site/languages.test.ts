/**
 * Language checks over the built site (dist/): every English page reads in English, every Chinese page in
 * Chinese, and no page needs an emoji font.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../content/load';
import { readableText, type TextPiece } from './html-text';
import { DIST } from './dist';
import { ui } from '../i18n/ui';

const root = new URL('../..', import.meta.url).pathname;
const dist = DIST.pathname;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(dist).map((file) => ({ page: relative(dist, file), pieces: readableText(readFileSync(file, 'utf8')) }));
const enPages = pages.filter((p) => p.page.startsWith('en/'));
const zhPages = pages.filter((p) => !p.page.startsWith('en/'));
const at = (p: TextPiece) => `${p.where}: ${p.text.trim().slice(0, 80)}`;

// Chinese an English page may show on purpose: the language picker's own name, and glossary terms given beside
// their translation (meta descriptions name the Chinese term for search).
const CJK_RUN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
const allowedChinese = new Set(['简体中文', ...loadGlossary(root).map((entry) => entry.zh)]);

/** English UI labels that must not appear on a Chinese page: this site's strings and Starlight's (Expressive Code's included). */
function englishLabels(): { exact: Set<string>; patterns: RegExp[] } {
  const exact = new Set<string>(['Copy to clipboard', 'Copied!', 'Terminal window']);
  const patterns: RegExp[] = [/\bread \d{4}-\d{2}-\d{2}\b/];
  for (const { zh, en } of Object.values(ui)) {
    if (zh === en || !/[A-Za-z]{3}/.test(en)) continue;
    if (!en.includes('{')) exact.add(en.trim());
    else if (/[A-Za-z]{4}/.test(en.replace(/\{\w+\}/g, ''))) {
      const escaped = en.trim().replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}|\{\w+\}/g, '.+');
      patterns.push(new RegExp(`^${escaped}$`));
    }
  }
  // Starlight's own labels, where its Chinese translation differs from the English.
  const strings = (lang: string) => {
    const file = join(root, `node_modules/@astrojs/starlight/dist/translations/${lang}.js`);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    return new Map([...text.matchAll(/^\s*"([\w.]+)": "([^"{]+)",?$/gm)].map((m) => [m[1], m[2]]));
  };
  const zhStarlight = strings('zh-CN');
  for (const [key, en] of strings('en')) if (en && en.length > 3 && zhStarlight.get(key ?? '') !== en) exact.add(en);
  // The language picker names each language in itself.
  exact.delete('English');
  return { exact, patterns };
}

const EMOJI = /\p{Emoji_Presentation}|\uFE0F/u;

const CJK = '[\\u3400-\\u9fff]';
/** Half-width punctuation touching Chinese text: "备选方案: …", "(备选方案", "…毫核 (". */
const HALF_WIDTH = new RegExp(`${CJK}[,;:?!](?:\\s|$)|${CJK} ?\\(|\\( ?${CJK}|${CJK} ?\\)|[:;,] ${CJK}`, 'g');

describe('built pages, by language', () => {
  it('found the built pages in both languages', () => {
    expect(enPages.length).toBeGreaterThan(10);
    expect(zhPages.length).toBeGreaterThan(10);
  });

  it.each(enPages.map((p) => [p.page, p] as const))('%s shows no Chinese outside the allow-list', (_page, { pieces }) => {
    const stray = pieces
      .filter((p) => !p.lang?.toLowerCase().startsWith('zh'))
      .filter((p) => (p.text.match(CJK_RUN) ?? []).some((run) => !allowedChinese.has(run)))
      .map(at);
    expect(stray).toEqual([]);
  });

  const labels = englishLabels();
  it.each(zhPages.map((p) => [p.page, p] as const))('%s shows no untranslated English UI label', (_page, { pieces }) => {
    const stray = pieces
      .filter((p) => !p.inCode && !p.lang?.toLowerCase().startsWith('en'))
      .filter((p) => {
        const text = p.text.trim();
        return labels.exact.has(text) || labels.patterns.some((re) => re.test(text));
      })
      .map(at);
    expect(stray).toEqual([]);
  });

  // Islands are left out: their markup comes from the components in components/matrix, calculator and advisor.
  it.each(zhPages.map((p) => [p.page, p] as const))('%s uses full-width punctuation next to Chinese', (_page, { pieces }) => {
    const chinese = pieces.filter((p) => !p.inCode && !p.lang?.toLowerCase().startsWith('en'));
    const text = chinese.filter((p) => p.where === 'text').map((p) => p.text).join('');
    const inText = [...text.matchAll(HALF_WIDTH)].map((m) => text.slice(Math.max(0, m.index - 20), m.index + 20));
    const inAttributes = chinese.filter((p) => p.where !== 'text' && new RegExp(HALF_WIDTH.source).test(p.text)).map(at);
    expect([...inText, ...inAttributes]).toEqual([]);
  });

  it.each(pages.map((p) => [p.page, p] as const))('%s needs no emoji font', (_page, { pieces }) => {
    expect(pieces.filter((p) => !p.inCode && EMOJI.test(p.text)).map(at)).toEqual([]);
  });
});
