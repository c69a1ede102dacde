import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * CSP hashes of the `<script is:inline>` blocks in Starlight's components (theme provider, theme picker, search
 * shortcut, sidebar persistence). Astro hashes the scripts it bundles, but an inline script is emitted verbatim and
 * left to the site; hashing Starlight's own sources keeps the policy right when Starlight is upgraded, and the
 * every-page e2e test fails on any script the policy blocks.
 */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
  const components = join(process.cwd(), 'node_modules', '@astrojs', 'starlight', 'dist', 'components');
  const hashes = new Set<`sha256-${string}`>();
  for (const file of readdirSync(components).filter((f) => f.endsWith('.astro'))) {
    const source = readFileSync(join(components, file), 'utf8');
    for (const [, body = ''] of source.matchAll(/<script is:inline\b[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
    }
  }
  return [...hashes];
}
