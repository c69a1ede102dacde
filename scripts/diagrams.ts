/**
 * Draws every diagram the site uses with Mermaid in headless Chromium into src/diagram/rendered/, and deletes the
 * renders no diagram uses any more: run it after changing a diagram's data, Mermaid or its configuration, and
 * commit the result. Run with `npm run diagrams`.
 */
import { rmSync } from 'node:fs';
import { loadDecisionTree } from '../src/content/load.ts';
import { RENDERS_DIR, renderFileName, unusedRenders, writeRender } from '../src/diagram/committed-renders.ts';
import { drawWithMermaid, HOW_TO_PROVIDE_A_BROWSER, NoBrowserError } from '../src/diagram/render-mermaid.ts';
import { siteDiagrams } from '../src/diagram/site-diagrams.ts';

const diagrams = siteDiagrams(loadDecisionTree(process.cwd()));
try {
  // All at once, so that they share one browser.
  const drawn = await Promise.all(diagrams.map(async (diagram) => [diagram, await drawWithMermaid(diagram)] as const));
  for (const [diagram, svg] of drawn) {
    writeRender(diagram, svg);
    console.log(`drew the ${diagram.name}: ${RENDERS_DIR}/${renderFileName(diagram)}`);
  }
} catch (error) {
  if (!(error instanceof NoBrowserError)) throw error;
  console.error(`Diagrams are drawn in headless Chromium, and none could be launched (${error.message}). ${HOW_TO_PROVIDE_A_BROWSER}`);
  process.exit(1);
}
for (const file of unusedRenders(diagrams)) {
  rmSync(file);
  console.log(`deleted ${file}, which no diagram uses`);
}
