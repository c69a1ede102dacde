import type { DecisionTree, TreeNode } from '../schemas/rules';
import {
  ADVISOR_FIELDS,
  DEFAULT_ADVISOR_INPUT,
  conditionHolds,
  type AdvisorField,
  type AdvisorInput,
  type AdvisorValue,
} from './advisor';

export type Locale = 'zh' | 'en';

/** One decision on a path: the node and the branch taken. */
export interface PathStep {
  nodeId: string;
  edgeId: string;
}

export interface LeafPath {
  leafId: string;
  steps: PathStep[];
}

function nodeMap(tree: DecisionTree): Map<string, TreeNode> {
  return new Map(tree.nodes.map((n) => [n.id, n]));
}

/** Every root-to-leaf path, depth first in branch order. A leaf reached by several branches has several paths. */
export function leafPaths(tree: DecisionTree): LeafPath[] {
  const byId = nodeMap(tree);
  const paths: LeafPath[] = [];
  const walk = (id: string, steps: PathStep[]): void => {
    const node = byId.get(id);
    if (!node) return;
    if (node.kind === 'leaf') {
      paths.push({ leafId: id, steps });
      return;
    }
    if (steps.some((s) => s.nodeId === id)) return; // a loop: checkDecisionTree reports it
    for (const edge of node.edges) walk(edge.to, [...steps, { nodeId: id, edgeId: edge.id }]);
  };
  walk(tree.root, []);
  return paths;
}

/** Values worth trying for a field: the default first, then every choice, or the edges of each numeric threshold. */
function candidateValues(tree: DecisionTree, field: AdvisorField): AdvisorValue[] {
  const spec = ADVISOR_FIELDS[field];
  const fallback = DEFAULT_ADVISOR_INPUT[field];
  if (spec.kind === 'choice') return [fallback, ...(spec.values as readonly AdvisorValue[])];
  if (spec.kind === 'flag') return [fallback, !fallback];
  const thresholds = tree.nodes.flatMap((n) =>
    n.kind === 'decision' && n.input === field
      ? n.edges.flatMap((e) => (e.when !== 'otherwise' && 'compare' in e.when ? [e.when.value - 1, e.when.value, e.when.value + 1] : []))
      : [],
  );
  const numbers = [spec.min, spec.max, ...thresholds].filter(
    (v) => v >= spec.min && v <= spec.max && (!spec.integer || Number.isInteger(v)),
  );
  return [fallback, ...(spec.nullable ? [null] : []), ...numbers];
}

/**
 * An input that walks exactly these steps: at each node the taken branch holds and every earlier one fails.
 * Fields the path does not test keep their defaults. Throws if no value satisfies a field's tests.
 */
export function inputsForSteps(tree: DecisionTree, steps: readonly PathStep[]): AdvisorInput {
  const byId = nodeMap(tree);
  const tests = new Map<AdvisorField, ((value: AdvisorValue) => boolean)[]>();
  for (const step of steps) {
    const node = byId.get(step.nodeId);
    if (node?.kind !== 'decision') throw new Error(`"${step.nodeId}" is not a decision node`);
    const taken = node.edges.findIndex((e) => e.id === step.edgeId);
    const edge = node.edges[taken];
    if (!edge) throw new Error(`"${step.nodeId}" has no branch "${step.edgeId}"`);
    const list = tests.get(node.input) ?? [];
    for (const earlier of node.edges.slice(0, taken)) list.push((v) => !conditionHolds(earlier.when, v));
    list.push((v) => conditionHolds(edge.when, v));
    tests.set(node.input, list);
  }
  const input: AdvisorInput = { ...DEFAULT_ADVISOR_INPUT };
  for (const [field, list] of tests) {
    const value = candidateValues(tree, field).find((v) => list.every((test) => test(v)));
    if (value === undefined) throw new Error(`no value of ${field} walks this path`);
    (input as Record<AdvisorField, AdvisorValue>)[field] = value;
  }
  return input;
}

/** An input whose walk ends at `leafId`, along its first path. */
export function inputsForPath(tree: DecisionTree, leafId: string): AdvisorInput {
  const path = leafPaths(tree).find((p) => p.leafId === leafId);
  if (!path) throw new Error(`no path from the root to "${leafId}"`);
  return inputsForSteps(tree, path.steps);
}

const MERMAID_KEYWORDS = new Set([
  'end', 'graph', 'flowchart', 'subgraph', 'direction', 'class', 'classdef', 'click', 'style', 'linkstyle', 'default',
]);

/**
 * The node's id in Mermaid source: the data's id unchanged, except that a Mermaid keyword gets a trailing `_`.
 * Data ids never end in `_`, so the mapping stays one to one.
 */
export function mermaidNodeId(id: string): string {
  return MERMAID_KEYWORDS.has(id) ? `${id}_` : id;
}

/** Characters that would end a label or the statement early, as Mermaid entity codes. */
const MERMAID_CODES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
};

function escapeLabel(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/["#[\]{}|]/g, (c) => MERMAID_CODES[c] ?? c);
}

const ALTERNATIVE_PREFIX: Record<Locale, string> = { zh: '备选：', en: 'Alternative: ' };

/**
 * Mermaid `flowchart TD` source for the tree in one language: decisions as rounded boxes (rhombi would make the
 * diagram several times taller for the same labels), leaves as rectangles classed by paradigm, arrows labelled
 * with their conditions. Colours come from the site's stylesheet through those classes (src/diagram/mermaid-theme.ts),
 * so that they follow the page's theme; a case's path is marked on the rendered SVG (src/diagram/tree-svg.ts).
 */
export function treeToMermaid(tree: DecisionTree, locale: Locale): string {
  const lines = ['flowchart TD'];
  const arrowLines: string[] = [];
  for (const node of tree.nodes) {
    const id = mermaidNodeId(node.id);
    if (node.kind === 'decision') {
      lines.push(`  ${id}("${escapeLabel(node.question[locale])}")`);
      for (const edge of node.edges) {
        arrowLines.push(`  ${id} -->|"${escapeLabel(edge.label[locale])}"| ${mermaidNodeId(edge.to)}`);
      }
    } else {
      const alternative = ALTERNATIVE_PREFIX[locale] + node.alternative[locale];
      lines.push(`  ${id}["${escapeLabel(node.recommended[locale])}<br/>${escapeLabel(alternative)}"]`);
    }
  }
  lines.push(...arrowLines);

  const paradigms = [...new Set(tree.nodes.flatMap((n) => (n.kind === 'leaf' ? [n.paradigm] : [])))];
  for (const paradigm of paradigms) {
    const members = tree.nodes.filter((n) => n.kind === 'leaf' && n.paradigm === paradigm);
    lines.push(`  class ${members.map((n) => mermaidNodeId(n.id)).join(',')} ${paradigm}`);
  }
  return lines.join('\n');
}
