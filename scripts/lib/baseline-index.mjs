import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Two pages per language: each language's home page and case index, which name every case. */
const PAGES = ['index.html', 'cases/index.html', 'en/index.html', 'en/cases/index.html'];

/**
 * Indexes two pages per language of a built site with the project's own Pagefind (the version Starlight runs),
 * into `outputPath`: the smallest index the same search code can load, against which the site's is measured.
 */
export async function buildBaselineIndex(dist, outputPath) {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const page of PAGES) {
      const added = await index.addHTMLFile({ sourcePath: page, content: await readFile(join(dist, page), 'utf8') });
      if (added.errors.length) throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
