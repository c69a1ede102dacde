import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../content/data-file';
import { advise } from '../engine/advisor';
import { inputsForPath } from '../engine/tree';
import { decisionTreeSchema, scenariosFileSchema } from '../schemas/rules';
import { committedRender } from './committed-renders';
import { treeDiagram } from './site-diagrams';
import { annotateTreeSvg } from './tree-svg';

const load = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const tree = parseDataFile('decision-tree.yaml', load('content/rules/decision-tree.yaml'), decisionTreeSchema);
const { rows } = parseDataFile('scenarios.yaml', load('content/rules/scenarios.yaml'), scenariosFileSchema);
const arrowCount = tree.nodes.reduce((sum, n) => sum + (n.kind === 'decision' ? n.edges.length : 0), 0);

// Mermaid's SVG of the real tree, as the build inlines it (committed-renders.test.ts says when it is missing).
const rendered = committedRender(treeDiagram(tree, 'en')) ?? '';

describe('annotateTreeSvg on Mermaid’s SVG of the tree', () => {
  const path = advise(tree, rows, inputsForPath(tree, 'leaf-wasm-k3s-edge')).path;
  const svg = annotateTreeSvg(rendered, tree, path);

  it('names every node by its data id', () => {
    const named = [...svg.matchAll(/data-node="([^"]+)"/g)].map((m) => m[1]);
    expect(named.sort()).toEqual(tree.nodes.map((n) => n.id).sort());
  });

  it('gives every arrow and its label the ids of both ends', () => {
    const arrows = [...svg.matchAll(/<path\b[^>]*data-from="([^"]+)" data-to="([^"]+)"/g)];
    expect(arrows).toHaveLength(arrowCount);
    const labels = [...svg.matchAll(/<g\b[^>]*class="[^"]*\blabel\b[^"]*"[^>]*data-from=/g)];
    expect(labels).toHaveLength(arrowCount);
  });

  it('marks the nodes and arrows of the path, and nothing else', () => {
    const marked = [...svg.matchAll(/<g class="on-path node[^>]*data-node="([^"]+)"/g)].map((m) => m[1]);
    expect(marked).toEqual(expect.arrayContaining(path));
    expect(marked).toHaveLength(path.length);
    expect([...svg.matchAll(/<path\b[^>]*class="on-path [^>]*>/g)]).toHaveLength(path.length - 1);
  });

  it('leaves the SVG unmarked for an empty path', () => {
    expect(annotateTreeSvg(rendered, tree, [])).not.toMatch(/class="on-path/);
  });
});
