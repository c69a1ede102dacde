import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { html, page, PAGES } from './dist';

const SITE_HOST = 'casebook.example.org';
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** One directive of the page's Content-Security-Policy meta tag, as a list of sources. */
function directive(doc: Document, name: string): string[] {
  const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1) ?? [];
}

describe.each(PAGES)('%s', (path) => {
  it('names every inline script and style in its Content-Security-Policy, and allows no inline script', () => {
    const doc = page(path);
    const scripts = directive(doc, 'script-src');
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    // Inline bodies as written in the file (the parser would normalise them).
    const source = html(path);
    const inlineScripts = [...source.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').filter((s) => s !== '');
    const inlineStyles = [...source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(inlineScripts.map(hash).filter((h) => !scripts.includes(h))).toEqual([]);
    const styles = directive(doc, 'style-src');
    expect(inlineStyles.map(hash).filter((h) => !styles.includes(h))).toEqual([]);
  });

  it('opens links to other sites with rel="noopener"', () => {
    const external = [...page(path).querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].filter((a) => new URL(a.href).host !== SITE_HOST);
    expect(external.filter((a) => !(a.getAttribute('rel') ?? '').split(/\s+/).includes('noopener')).map((a) => a.href)).toEqual([]);
  });

  it('has a title, a description and its language', () => {
    const doc = page(path);
    expect(doc.title.trim()).not.toBe('');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    expect(doc.documentElement.lang).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
  });
});

describe('the sitemap', () => {
  it('lists every zh-CN page with its English counterpart, and no other', () => {
    const zh = PAGES.filter((p) => !p.startsWith('/en/')).sort();
    const en = PAGES.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3)).sort();
    expect(zh.length).toBeGreaterThan(10);
    expect(en).toEqual(zh);
  });
});
