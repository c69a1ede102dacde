import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../content/data-file';
import { decisionTreeSchema, type DecisionTree } from '../schemas/rules';
import { mermaidNodeId, treeToMermaid } from './tree-mermaid';

const load = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const tree = parseDataFile('decision-tree.yaml', load('content/rules/decision-tree.yaml'), decisionTreeSchema);

/** Label text between the quotes of each node definition and arrow, or null for a line that is neither. */
function labelsOf(line: string): string[] | null {
  const node = line.match(/^ {2}[\w-]+(?:\("(.*)"\)|\["(.*)"\])$/);
  if (node) return [node[1] ?? node[2] ?? ''];
  const arrow = line.match(/^ {2}[\w-]+ -->\|"(.*)"\| [\w-]+$/);
  return arrow ? [arrow[1] ?? ''] : null;
}

describe('treeToMermaid', () => {
  const source = treeToMermaid(tree, 'en');

  it('is a top-down flowchart naming every node by its data id', () => {
    expect(source.split('\n')[0]).toBe('flowchart TD');
    for (const node of tree.nodes) expect(source).toMatch(new RegExp(`^ {2}${node.id}[([]"`, 'm'));
  });

  it('draws decisions as rounded boxes and leaves as rectangles classed by paradigm', () => {
    expect(source).toContain('  q-device("Which devices must the workload reach?")');
    expect(source).toContain('  leaf-wasm-k3s-edge["WasmEdge + K3s<br/>Alternative: Docker + K3s"]');
    expect(source).toContain('  q-device -->|"USB / PCI"| leaf-vm-k8s-enterprise');
    expect(source).toMatch(/^ {2}class leaf-wasm-k3s-edge,leaf-wasm-k3s-agent,leaf-wasm-k3s-serverless sandbox$/m);
  });

  it('writes the labels in the requested language', () => {
    const zh = treeToMermaid(tree, 'zh');
    expect(zh).toContain('  q-device("需要访问哪类设备？")');
    expect(zh).toContain('备选：Kata + K8s');
  });

  it('escapes quotes and brackets inside labels', () => {
    const tricky: DecisionTree = structuredClone(tree);
    const first = tricky.nodes[0];
    if (first?.kind !== 'decision' || !first.edges[0]) throw new Error('fixture: the root is a decision with edges');
    first.question.en = 'Say "yes" [or] {no} | #1';
    first.edges[0].label.en = 'a "quoted" | piped [label]';
    const lines = treeToMermaid(tricky, 'en').split('\n').slice(1);
    const labels = lines.map(labelsOf).filter((l) => l !== null).flat();
    expect(labels.length).toBe(lines.filter((l) => l.includes('"')).length);
    for (const label of labels) expect(label).not.toMatch(/["[\]{}|]/);
    expect(labels).toContain('Say #quot;yes#quot; #91;or#93; #123;no#125; #124; #35;1');
  });

  it('maps data ids to Mermaid ids one to one, renaming only Mermaid keywords', () => {
    expect(mermaidNodeId('q-device')).toBe('q-device');
    expect(mermaidNodeId('end')).toBe('end_');
    const ids = tree.nodes.map((n) => n.id);
    expect(new Set(ids.map(mermaidNodeId)).size).toBe(ids.length);
  });
});
