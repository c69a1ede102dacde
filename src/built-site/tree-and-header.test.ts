/**
 * The decision tree and the header as the built site (dist/) serves them: which diagram each page carries, the
 * hooks that scripts and tests use, the text versions, and the phone menu on pages without a sidebar. Reads HTML
 * only; run after `npm run build` (without dist/ the checks are skipped). Layout is measured in
 * e2e/tree-layout.spec.ts (the whole tree) and e2e/case-page-layout.spec.ts (each case's path).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseUrl } from '../case-url';
import { loadCases, loadDecisionTree } from '../content/load';
import { casePath } from '../diagram/case-path';
import { LOCALES, localePrefix } from '../i18n/locale';
import { t } from '../i18n/ui';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = new URL('../../dist/', import.meta.url);
const built = existsSync(new URL('sitemap-0.xml', dist));
const tree = loadDecisionTree(root);
const cases = loadCases(root);
const decisions = tree.nodes.filter((n) => n.kind === 'decision');

const html = (path: string) => readFileSync(new URL(`.${path}index.html`, dist), 'utf8');
const pages = built
  ? [...readFileSync(new URL('sitemap-0.xml', dist), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname)
  : [];

/** The element that opens with the first tag matching `open` (a regular expression source), up to its closing tag. */
function element(page: string, open: string, tag: string): string {
  const start = page.search(new RegExp(`<${tag}\\b${open}`));
  if (start < 0) return '';
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(page); m; m = tags.exec(page)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return page.slice(start, tags.lastIndex);
  }
  return page.slice(start);
}
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

describe.skipIf(!built)('the decision tree in the built site', () => {
  describe.each(LOCALES.flatMap((locale) => cases.map((c) => ({ locale, c, path: caseUrl(c, locale) }))))('$path', ({ locale, c, path }) => {
    const page = html(path);
    const figure = element(page, `[^>]*data-diagram="case-path"[^>]*data-tree="${c.id}"`, 'figure');
    const { nodeIds, steps } = casePath(tree, c.id);

    it('draws the case’s own path, not the whole tree', () => {
      expect(figure).toMatch(/<div class="case-path-svg" role="img" aria-label="[^"]+"><svg id="case-path-0"/);
      expect(page).not.toContain('<svg id="decision-tree-0"');
      expect(count(page, /data-diagram=/g)).toBe(1);
    });

    it('marks every node of the path by its data id, and the arrows between them', () => {
      const marked = [...figure.matchAll(/<g class="on-path node[^>]*data-node="([^"]+)"/g)].map((m) => m[1]);
      expect(marked).toEqual(nodeIds);
      expect(count(figure, /data-node="/g)).toBe(nodeIds.length);
      expect(count(figure, /<path\b[^>]*class="on-path [^>]*data-from=/g)).toBe(steps.length);
    });

    it('says where the case’s own facts part from its path, when its data says so', () => {
      const note = figure.match(/<p class="case-path-note" data-path-note>([^<]+)<\/p>/)?.[1];
      expect(note ?? null).toBe(c.path_note ? c.path_note[locale].replace(/'/g, '&#39;') : null);
    });

    it('links to the whole tree, and lists the same steps as text', () => {
      expect(figure).toContain(`href="${localePrefix(locale)}/kb/comparison-matrix/#decision-tree"`);
      const outline = element(figure, '[^>]*class="tree-outline"', 'ol');
      expect([...outline.matchAll(/data-outline-node="([^"]+)"/g)].map((m) => m[1])).toEqual(steps.map((s) => s.node.id));
      expect(count(outline, /<li class="on-path"/g)).toBe(steps.length);
      for (const { node } of steps) expect(outline).toContain(node.question[locale]);
    });
  });

  describe.each(LOCALES.flatMap((locale) => ['comparison-matrix', 'quick-reference'].map((p) => `${localePrefix(locale)}/kb/${p}/`)))('%s', (path) => {
    const page = html(path);
    const figure = element(page, '[^>]*id="decision-tree"', 'figure');

    it('shows the whole tree fitted to the column, with a full-size toggle that its script reveals', () => {
      expect(figure).toMatch(/data-diagram="decision-tree"/);
      expect(figure).toMatch(/data-zoom="fit"/);
      expect(figure).toMatch(/<button type="button" class="tree-zoom" aria-pressed="false" data-tree-zoom hidden>/);
      expect(count(figure, /data-node="/g)).toBe(tree.nodes.length);
    });

    it('has a flat text version: each question once, with links that land on a question', () => {
      const outline = element(figure, '[^>]*class="tree-outline"', 'ol');
      const ids = [...outline.matchAll(/<li id="([^"]+)" data-outline-node=/g)].map((m) => m[1]);
      expect(ids).toEqual(decisions.map((n) => `decision-tree-outline-${n.id}`));
      const targets = [...outline.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(ids).toContain(target);
      expect(outline).not.toMatch(/<ul\b[^>]*>(?:(?!<\/ul>)[\s\S])*<ul\b/);
    });
  });
});

describe.skipIf(!built)('the header in the built site', () => {
  it.each(pages)('%s has the full and the short site title', (path) => {
    const locale = path.startsWith('/en/') ? 'en' : 'zh';
    const title = element(html(path), '[^>]*data-site-title', 'a');
    expect(title).toMatch(/<span class="full[^"]*" translate="no">[^<]+<\/span>/);
    expect(title).toContain(`>${t(locale, 'site.shortTitle')}</span>`);
  });

  const withoutSidebar = pages.filter((path) => !/<html[^>]*data-has-sidebar/.test(html(path)));

  it('counts the home pages among the pages without a sidebar', () => {
    expect(withoutSidebar).toEqual(expect.arrayContaining(LOCALES.map((locale) => `${localePrefix(locale)}/`)));
  });

  // The not-found page is built as 404.html, outside the sitemap.
  it.each([...withoutSidebar, '/404'])('%s has a menu button that opens the site navigation with the language and theme pickers', (path) => {
    const page = path === '/404' ? readFileSync(new URL('404.html', dist), 'utf8') : html(path);
    const prefix = path.startsWith('/en/') ? '/en' : '';
    expect(page).toMatch(/<button popovertarget="starlight__sidebar" class="sl-menu-button/);
    const menu = element(page, '[^>]*popover[^>]*id="starlight__sidebar"', 'div');
    expect(menu).toContain('<starlight-theme-select');
    expect(menu).toContain('<starlight-lang-select');
    expect(menu).toContain(`href="${prefix}/cases/"`);
  });
});
