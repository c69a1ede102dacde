import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MERMAID_CONFIG } from './mermaid-theme';
import type { Diagram } from './site-diagrams';

/**
 * Mermaid's SVG of each diagram is committed in src/diagram/rendered/, so that a build needs no browser. A file is
 * named by a hash of everything that shapes the drawing (Mermaid's version, its configuration, the id prefix and
 * the source), so an edit to any of them leaves the diagram without a matching render until it is drawn again.
 * Paths are relative to the project root: the working directory of the build, the tests and the npm scripts.
 */
export const RENDERS_DIR = 'src/diagram/rendered';

const projectRequire = createRequire(join(process.cwd(), 'package.json'));
const MERMAID_VERSION = (projectRequire('mermaid/package.json') as { version: string }).version;

/** The file name of the diagram's render. */
export function renderFileName({ prefix, source }: Diagram): string {
  const key = createHash('sha256')
    .update(JSON.stringify([MERMAID_VERSION, MERMAID_CONFIG, prefix, source]))
    .digest('hex')
    .slice(0, 24);
  return `${key}.svg`;
}

const rendersFolder = () => join(process.cwd(), RENDERS_DIR);

/** The committed SVG for the diagram as it is now, or null when none matches it. */
export function committedRender(diagram: Diagram): string | null {
  try {
    return readFileSync(join(rendersFolder(), renderFileName(diagram)), 'utf8');
  } catch {
    return null;
  }
}

export function writeRender(diagram: Diagram, svg: string): void {
  mkdirSync(rendersFolder(), { recursive: true });
  writeFileSync(join(rendersFolder(), renderFileName(diagram)), svg);
}

/** Files in the renders folder that belong to none of `diagrams`, as paths from the project root. */
export function unusedRenders(diagrams: readonly Diagram[]): string[] {
  const used = new Set(diagrams.map(renderFileName));
  let files: string[];
  try {
    files = readdirSync(rendersFolder());
  } catch {
    return [];
  }
  return files
    .filter((file) => !used.has(file))
    .sort()
    .map((file) => `${RENDERS_DIR}/${file}`);
}
