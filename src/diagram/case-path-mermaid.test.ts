import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecisionTree } from '../content/load';
import type { DecisionTree } from '../schemas/rules';
import { casePath } from './case-path';
import { alternativeLine, casePathToMermaid } from './case-path-mermaid';
import { committedRender } from './committed-renders';
import { casePathDiagram } from './site-diagrams';
import { annotateTreeSvg } from './tree-svg';

const tree = loadDecisionTree(fileURLToPath(new URL('../../', import.meta.url)));
const caseIds = tree.nodes.flatMap((n) => (n.kind === 'leaf' && n.case !== undefined ? [n.case] : []));
const decisionIds = tree.nodes.filter((n) => n.kind === 'decision').map((n) => n.id);

/** Node statements (`  id(…)` or `  id[…]`) of a Mermaid source, by id. */
const nodeStatements = (source: string) => new Map([...source.matchAll(/^ {2}([\w-]+)[([]"(.*)"[)\]]$/gm)].map((m) => [m[1], m[2] ?? '']));

describe('casePathToMermaid', () => {
  const source = casePathToMermaid(tree, 'edge', 'en');
  const path = casePath(tree, 'edge');

  it('is a top-down flowchart whose labels wrap narrow enough for a phone', () => {
    expect(source).toMatch(/^---\nconfig:\n {2}flowchart:\n {4}wrappingWidth: 340\n---\nflowchart TD\n/);
  });

  it('draws the path’s decisions and its leaf, and no other node of the tree', () => {
    expect([...nodeStatements(source).keys()]).toEqual(path.nodeIds);
    const others = decisionIds.filter((id) => !path.nodeIds.includes(id));
    for (const id of others) expect(source).not.toMatch(new RegExp(`\\b${id}\\b`));
  });

  it('links each decision to the next by the branch taken, labelled with it', () => {
    const arrows = [...source.matchAll(/^ {2}([\w-]+) -->\|"(.*)"\| ([\w-]+)$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(arrows).toEqual(path.steps.map((s) => [s.node.id, s.taken.label.en, s.taken.to]));
  });

  it('writes in each decision its question and, under “Other answers”, each branch not taken and where it leads', () => {
    const labels = nodeStatements(source);
    const device = labels.get('q-device') ?? '';
    expect(device).toContain("<span class='question'>Which devices must the workload reach?</span>");
    expect(device).toContain("<span class='others'><b>Other answers</b><br/>USB / PCI → VM + K8s<br/>");
    expect(device).toContain('GPU passthrough → VM + K8s or Container + K8s + NVIDIA');
    expect(labels.get('leaf-wasm-k3s-edge')).toBe('WasmEdge + K3s<br/>Alternative: Docker + K3s');
    expect(source).toMatch(/^ {2}class leaf-wasm-k3s-edge sandbox$/m);
  });

  it('writes every label in the requested language', () => {
    const zh = casePathToMermaid(tree, 'edge', 'zh');
    expect(zh).toContain("<span class='question'>需要访问哪类设备？</span><span class='others'><b>其他回答</b>");
    expect(zh).toContain('GPU 直通 → VM + K8s 或 Container + K8s + NVIDIA');
    expect(zh).not.toContain('Other answers');
  });

  it('escapes what would end a label early', () => {
    const tricky: DecisionTree = structuredClone(tree);
    const first = tricky.nodes.find((n) => n.id === tree.root);
    if (first?.kind !== 'decision' || !first.edges[0]) throw new Error('fixture: the root is a decision with edges');
    first.question.en = 'Say "yes" [or] | no';
    first.edges[0].label.en = 'a "quoted" | label';
    const labels = [...nodeStatements(casePathToMermaid(tricky, 'edge', 'en')).values()];
    for (const label of labels) expect(label).not.toMatch(/["[\]|]/);
    expect(labels[0]).toContain('Say #quot;yes#quot; #91;or#93; #124; no');
  });
});

describe('alternativeLine', () => {
  const [step] = casePath(tree, 'enterprise').steps;
  const none = step?.alternatives.find((a) => a.edge.id === 'device-none');
  if (!none) throw new Error('fixture: the enterprise case does not take the root’s “none” branch');

  it('names each recommendation once, however many leaves share it', () => {
    const line = alternativeLine(none, 'en');
    expect(line.startsWith('None → ')).toBe(true);
    const names = new Set(none.outcomes.map((l) => l.recommended.en));
    for (const name of names) expect(line.split(name).length - 1).toBeGreaterThanOrEqual(1);
    expect(line.match(/VM \+ K8s/g)).toHaveLength(1);
  });
});

/**
 * The committed renders, as the page inlines them. The narrowest phone in common use is 320 px wide, and its content
 * column 288 px (Starlight's 16 px padding each side): shrunk to it, a label must stay at 12 px or more.
 */
const PHONE_COLUMN = 288;
const SMALLEST_LABEL = 12;

describe.each(caseIds.flatMap((caseId) => (['zh', 'en'] as const).map((locale) => ({ caseId, locale }))))(
  'the render of the $caseId case’s path ($locale)',
  ({ caseId, locale }) => {
    const svg = committedRender(casePathDiagram(tree, caseId, locale)) ?? '';
    const path = casePath(tree, caseId);

    it('is narrow enough that its labels stay legible in a phone’s column', () => {
      const width = Number(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+) /.exec(svg)?.[1]);
      const fontSize = Number(/#case-path-0\{[^}]*font-size:([\d.]+)px/.exec(svg)?.[1]);
      expect(fontSize).toBeGreaterThan(0);
      expect(fontSize * Math.min(1, PHONE_COLUMN / width)).toBeGreaterThanOrEqual(SMALLEST_LABEL);
    });

    it('gets every node of the path marked, and the arrows between them', () => {
      const annotated = annotateTreeSvg(svg, tree, path.nodeIds);
      const marked = [...annotated.matchAll(/<g class="on-path node[^>]*data-node="([^"]+)"/g)].map((m) => m[1]);
      expect(marked).toEqual(path.nodeIds);
      const arrows = [...annotated.matchAll(/<path\b[^>]*class="on-path [^>]*data-from="([^"]+)" data-to="([^"]+)"/g)];
      expect(arrows.map((m) => `${m[1]}>${m[2]}`)).toEqual(path.steps.map((s) => `${s.node.id}>${s.taken.to}`));
    });
  },
);
