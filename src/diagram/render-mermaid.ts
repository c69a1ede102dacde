import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium-path';
import { MERMAID_CONFIG } from './mermaid-theme';

/**
 * Mermaid source → SVG at build time, by Mermaid itself in headless Chromium (mermaid-isomorphic drives it through
 * Playwright), so pages ship no diagram JavaScript. Each distinct diagram is rendered once: results are kept by
 * a hash of the source, the configuration and Mermaid's version, in memory for this build and on disk under
 * node_modules/.cache for the next one.
 *
 * Without a browser the result is null, and the page shows the diagram's text version only (see README); in CI
 * a missing browser fails the build instead, since the tests expect the SVG.
 */
const projectRequire = createRequire(join(process.cwd(), 'package.json'));
const MERMAID_VERSION = (projectRequire('mermaid/package.json') as { version: string }).version;
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'casebook-diagrams');

const executablePath = chromiumExecutable();
const render = createMermaidRenderer({
  launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
});
const pending = new Map<string, Promise<string | null>>();
let warned = false;

export const HOW_TO_PROVIDE_A_BROWSER =
  'Diagrams are rendered by Mermaid in headless Chromium at build time, and no Chromium was found. ' +
  'Install one (Debian: `apt-get install chromium`; or `npx playwright install chromium`), ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/** The <svg>'s id (`${prefix}-0`) scopes its styles, so `prefix` must be unique on a page. */
export function renderMermaid(source: string, prefix: string): Promise<string | null> {
  const key = createHash('sha256')
    .update(JSON.stringify([MERMAID_VERSION, MERMAID_CONFIG, prefix, source]))
    .digest('hex')
    .slice(0, 24);
  let result = pending.get(key);
  if (!result) {
    result = cachedOrRendered(key, source, prefix);
    pending.set(key, result);
  }
  return result;
}

async function cachedOrRendered(key: string, source: string, prefix: string): Promise<string | null> {
  const file = join(CACHE_DIR, `${key}.svg`);
  try {
    return atNaturalSize(readFileSync(file, 'utf8'));
  } catch {
    // not rendered yet
  }
  let settled;
  try {
    [settled] = await render([source], { prefix, mermaidConfig: MERMAID_CONFIG });
  } catch (error) {
    return withoutBrowser(error);
  }
  if (!settled) throw new Error('Mermaid returned no result');
  if (settled.status === 'rejected') {
    const reason = settled.reason instanceof Error ? settled.reason.message : String(settled.reason);
    throw new Error(`Mermaid could not render diagram "${prefix}": ${reason}\n${source}`);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, settled.value.svg);
  return atNaturalSize(settled.value.svg);
}

/**
 * Mermaid sizes its SVG to the container (width 100%, capped at the drawing's width), which on a narrow column shrinks
 * the labels below a readable size. The page instead shows it at the size it was drawn, in a box that scrolls.
 */
function atNaturalSize(svg: string): string {
  return svg.replace(/^<svg\b[^>]*>/, (tag) => {
    const [, , width = '', height = ''] = / viewBox="([\d.-]+) [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(tag) ?? [];
    if (!width || !height) return tag;
    return tag
      .replace(/ width="100%"/, ` width="${Math.ceil(Number(width))}" height="${Math.ceil(Number(height))}"`)
      .replace(/ style="max-width: [\d.]+px;"/, '');
  });
}

function withoutBrowser(error: unknown): null {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (process.env['CI']) throw new Error(`${HOW_TO_PROVIDE_A_BROWSER}\n(${detail})`);
  if (!warned) console.warn(`[diagrams] ${HOW_TO_PROVIDE_A_BROWSER} Pages show each diagram's text version instead.\n(${detail})`);
  warned = true;
  return null;
}
