import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecisionTree } from '../content/load';
import { committedRender, RENDERS_DIR, renderFileName, unusedRenders } from './committed-renders';
import { siteDiagrams } from './site-diagrams';

const diagrams = siteDiagrams(loadDecisionTree(fileURLToPath(new URL('../../', import.meta.url))));
const FIX = 'run `npm run diagrams` on a machine with Chromium and commit the result';

describe('committed renders of the site’s diagrams', () => {
  it.each(diagrams.map((d) => [d.name, d] as const))('hold Mermaid’s SVG of the %s as it is now', (_, diagram) => {
    const svg = committedRender(diagram);
    expect(svg, `${RENDERS_DIR}/${renderFileName(diagram)} is missing: ${FIX}`).not.toBeNull();
    expect(svg).toMatch(new RegExp(`^<svg id="${diagram.prefix}-0"[^>]*aria-roledescription="flowchart`));
  });

  it('include none that no diagram uses', () => {
    expect(unusedRenders(diagrams), FIX).toEqual([]);
  });

  it('are keyed by the source and the prefix', () => {
    const [diagram] = diagrams;
    if (!diagram) throw new Error('the site draws at least one diagram');
    const names = [diagram, { ...diagram, source: `${diagram.source} ` }, { ...diagram, prefix: 'other' }].map(renderFileName);
    expect(new Set(names).size).toBe(3);
  });
});
