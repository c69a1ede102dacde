import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = new URL('../../content/docs/', import.meta.url).pathname;

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(docs, 'en') ? [] : pages(path);
    return /\.mdx?$/.test(entry.name) ? [relative(docs, path)] : [];
  });
}

/** A page's text outside fenced code, where headings and components live. */
function prose(file: string): string {
  return readFileSync(join(docs, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
}

const components = (text: string) => [...text.matchAll(/^\s*<([A-Z]\w+)([^>]*)\/>/gm)].map((m) => `${m[1]}${m[2]?.replace(/\s+/g, ' ').trim() ?? ''}`);
const headingLevels = (text: string) => [...text.matchAll(/^(#{2,4}) /gm)].map((m) => m[1]?.length);
const description = (text: string) => /^description:\s*\S/m.test(text);

const zhPages = pages(docs);

describe('pages in both languages', () => {
  it.each(zhPages)('%s has an English counterpart with the same headings and widgets', (page) => {
    const zh = prose(page);
    const en = prose(join('en', page));
    expect(components(en)).toEqual(components(zh));
    expect(headingLevels(en)).toEqual(headingLevels(zh));
    expect(description(zh) && description(en)).toBe(true);
  });
});
