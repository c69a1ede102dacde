import axe from 'axe-core';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { html, localeOf, PAGES } from './dist';

/**
 * axe's rules on every page of the built HTML. jsdom does no layout and applies no stylesheet, so the rules whose
 * outcome depends on them (colour contrast, target size, scrolling, and landmarks that CSS hides on one screen
 * size, such as Starlight's two tables of contents) are left to the browser check of each page template in both
 * themes (e2e/contrast.spec.ts) and to `npm run audit`.
 */
const NEEDS_LAYOUT = ['color-contrast', 'color-contrast-enhanced', 'target-size', 'scrollable-region-focusable', 'link-in-text-block', 'landmark-unique'];

/** One test per page of a locale (one file per locale, so that the two run in parallel). */
export function axeEveryPage(locale: 'zh' | 'en'): void {
  describe.each(PAGES.filter((p) => localeOf(p) === locale))('%s', (path) => {
    it('has no axe violations in its HTML', async () => {
      const dom = new JSDOM(html(path), { runScripts: 'outside-only', url: `https://casebook.example.org${path}` });
      dom.window.eval(axe.source);
      const run = (dom.window as unknown as { axe: typeof axe }).axe;
      const results = await run.run(dom.window.document, {
        rules: Object.fromEntries(NEEDS_LAYOUT.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
      dom.window.close();
      expect(results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }, 60_000);
  });
}
