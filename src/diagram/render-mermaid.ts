import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium-path';
import { committedRender, RENDERS_DIR, renderFileName, writeRender } from './committed-renders';
import { MERMAID_CONFIG } from './mermaid-theme';
import type { Diagram } from './site-diagrams';

const pending = new Map<string, Promise<string | null>>();
let warned = false;

/**
 * A diagram's SVG for a page, drawn by Mermaid itself, so that pages ship no diagram JavaScript. The committed
 * render is used when one matches the diagram (committed-renders.ts). Otherwise Mermaid draws it in headless
 * Chromium (mermaid-isomorphic drives it through Playwright) and the render is written beside the committed ones,
 * to be committed with the change that called for it. With no browser to draw it, the build fails in CI, naming the
 * diagram; elsewhere it warns once and the result is null: the page shows the diagram's text version (see README).
 */
export function renderDiagram(diagram: Diagram): Promise<string | null> {
  const key = renderFileName(diagram);
  let result = pending.get(key);
  if (!result) {
    result = committedOrDrawn(diagram);
    pending.set(key, result);
  }
  return result;
}

async function committedOrDrawn(diagram: Diagram): Promise<string | null> {
  const committed = committedRender(diagram);
  if (committed !== null) return atNaturalSize(committed);
  let svg: string;
  try {
    svg = await drawWithMermaid(diagram);
  } catch (error) {
    if (!(error instanceof NoBrowserError)) throw error;
    return withoutBrowser(diagram, error);
  }
  writeRender(diagram, svg);
  return atNaturalSize(svg);
}

export const HOW_TO_PROVIDE_A_BROWSER =
  'Install Chromium (Debian: `apt-get install chromium`; or `npx playwright install chromium`), ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/** Chromium could not be launched; `message` is the first line of Playwright's reason. */
export class NoBrowserError extends Error {}

let renderer: MermaidRenderer | undefined;

/** Mermaid's SVG of the diagram, drawn now in headless Chromium. Throws NoBrowserError when there is no browser. */
export async function drawWithMermaid({ name, prefix, source }: Diagram): Promise<string> {
  const executablePath = chromiumExecutable();
  renderer ??= createMermaidRenderer({
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  });
  let settled;
  try {
    [settled] = await renderer([source], { prefix, mermaidConfig: MERMAID_CONFIG });
  } catch (error) {
    throw new NoBrowserError(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error), { cause: error });
  }
  if (!settled) throw new Error('Mermaid returned no result');
  if (settled.status === 'rejected') {
    const reason = settled.reason instanceof Error ? settled.reason.message : String(settled.reason);
    throw new Error(`Mermaid could not render the ${name}: ${reason}\n${source}`);
  }
  return settled.value.svg;
}

function withoutBrowser(diagram: Diagram, error: NoBrowserError): null {
  const missing = `No render in ${RENDERS_DIR}/ matches the ${diagram.name}, and no Chromium could draw it (${error.message}).`;
  const fix = 'Run `npm run diagrams` on a machine with Chromium and commit the result.';
  if (process.env['CI']) throw new Error(`${missing} ${fix} ${HOW_TO_PROVIDE_A_BROWSER}`);
  if (!warned) console.warn(`[diagrams] ${missing} Pages show diagrams without a render as text. ${fix}`);
  warned = true;
  return null;
}

/**
 * Mermaid sizes its SVG to the container (width 100%, capped at the drawing's width). The SVG gets the size it was
 * drawn at instead, so that the site's stylesheet decides how far it may shrink: the whole tree fits the column or
 * shows at that size on request, a case's path shrinks only as far as its labels stay legible (src/styles/site.css).
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
