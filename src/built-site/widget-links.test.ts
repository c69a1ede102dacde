import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSections } from '../../components/widget-kit/hash';
import { LOCALES } from '../i18n/locale';
import { DIST, PAGES, page } from './dist';
import { CASES } from './site-data';

/**
 * Links to a widget (`/cases/edge-computing/#matrix=edge`, `/kb/comparison-matrix/#advisor`) name an id that the
 * widget's component renders, which the links validator of the build cannot see (astro.config.mjs leaves them
 * out); this checks them in the built pages instead.
 */
const widgetLinks = PAGES.flatMap((from) =>
  [...page(from).querySelectorAll<HTMLAnchorElement>('a[href*="#"]')]
    .map((a) => ({ from, href: a.getAttribute('href') ?? '', url: new URL(a.getAttribute('href') ?? '', `https://casebook.example.org${from}`) }))
    .filter(({ url }) => url.origin === 'https://casebook.example.org' && readSections(url.hash).length > 0),
);

describe('links to widgets', () => {
  it('there are some to check: at least the decision summary’s three on every case page', () => {
    expect(widgetLinks.length).toBeGreaterThanOrEqual(CASES.length * LOCALES.length * 3);
  });

  it.each(widgetLinks)('$from → $href lands on the widget it names', ({ url }) => {
    expect(existsSync(new URL(`.${url.pathname}index.html`, DIST)), url.pathname).toBe(true);
    const doc = page(url.pathname);
    const [section] = readSections(url.hash);
    const widget = doc.querySelector(`[data-widget="${section?.widget}"][data-widget-id="${section?.id}"]`);
    expect(widget).not.toBeNull();
    // A link that carries no state is the widget's id: the browser lands on it before any script runs.
    if (section?.query === '' && readSections(url.hash).length === 1) expect(doc.getElementById(decodeURIComponent(url.hash.slice(1)))).toBe(widget);
  });

  it.each(LOCALES)('the home page’s “try the advisor” action points at the advisor itself (%s)', (locale) => {
    const home = page(locale === 'en' ? '/en/' : '/');
    const actions = [...home.querySelectorAll<HTMLAnchorElement>('.hero a')].filter((a) => a.getAttribute('href')?.includes('comparison-matrix'));
    expect(actions).toHaveLength(1);
    expect(new URL(actions[0]?.getAttribute('href') ?? '', 'https://casebook.example.org').hash).toBe('#advisor');
  });
});
