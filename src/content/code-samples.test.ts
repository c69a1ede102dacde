import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const docs = new URL('../../content/docs/', import.meta.url).pathname;

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

/** Every ```yaml block of every page, with where it is. */
const samples = pages(docs).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^```ya?ml[^\n]*\n([\s\S]*?)^```/gm)].map((m, i) => ({
    where: `${relative(docs, file)} #${i + 1}`,
    source: m[1] ?? '',
  })),
);

describe('configuration samples', () => {
  it('the pages have YAML samples to check', () => {
    expect(samples.length).toBeGreaterThan(10);
  });

  it.each(samples)('$where is well-formed YAML; a Kubernetes object has a kind, metadata and a GA apiVersion', ({ source }) => {
    for (const doc of parseAllDocuments(source)) {
      expect(doc.errors.map((e) => e.message)).toEqual([]);
      const value: unknown = doc.toJS();
      if (value && typeof value === 'object' && 'apiVersion' in value) {
        expect(value).toHaveProperty('kind');
        expect(value).toHaveProperty('metadata');
        // Samples target current releases: no alpha or beta API versions, which are removed over time.
        expect(String(value.apiVersion)).not.toMatch(/v\d+(alpha|beta)\d*$/);
      }
    }
  });
});
