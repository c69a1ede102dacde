import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from './load';

const root = new URL('../..', import.meta.url).pathname;
const docs = join(root, 'content/docs');
const glossary = loadGlossary(root);

/** Lower case, without spaces or hyphens, -isation as -ization: "Zero-trust containerisation" → "zerotrustcontainerization". */
function normal(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, '').replace(/isation/g, 'ization');
}

/**
 * The ways an English term may appear: "virtual machine (VM)" → "virtual machine" or "VM"; the end of each form is
 * cut short so that other word forms count ("policy" → "policies", "containerization" → "containerized").
 */
function englishForms(term: string): string[] {
  const bare = term.replace(/\s*\(([^)]*)\)\s*/g, ' ').trim();
  const inner = [...term.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  return [bare, ...inner]
    .filter((form) => form.length > 1)
    .map((form) => {
      const lastWord = normal(form.split(/\s+/).pop() ?? form);
      const cut = lastWord.length > 5 ? Math.ceil(lastWord.length * 0.3) : 0;
      const whole = normal(form);
      return whole.slice(0, whole.length - cut);
    });
}

/** Every Chinese page, as a path under content/docs without its extension. */
const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx$/.test(f) && !f.startsWith('en/'))
  .map((f) => f.replace(/\.mdx$/, ''));

describe('the glossary is used consistently', () => {
  it.each(pages)('%s: every glossary term in the Chinese page has its English pair in the translation', (page) => {
    const zh = readFileSync(join(docs, `${page}.mdx`), 'utf8');
    const en = normal(readFileSync(join(docs, 'en', `${page}.mdx`), 'utf8'));
    const missing = glossary
      .filter((entry) => zh.includes(entry.zh))
      .filter((entry) => !englishForms(entry.en).some((form) => en.includes(form)))
      .map((entry) => `${entry.zh} → ${entry.en}`);
    expect(missing).toEqual([]);
  });
});
