import type { DecisionTree, TreeNode } from '../schemas/rules';
import {
  ADVISOR_FIELDS,
  DEFAULT_ADVISOR_INPUT,
  conditionHolds,
  type AdvisorField,
  type AdvisorInput,
  type AdvisorValue,
} from './advisor';

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
