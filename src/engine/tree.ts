import type { Localized } from '../schemas/common';
import type { DecisionTree, TreeNode } from '../schemas/rules';
import { ADVISOR_FIELDS, DEFAULT_ADVISOR_INPUT, type AdvisorField, type AdvisorInput, type AdvisorValue } from './advisor-fields';
import { conditionHolds } from './condition';

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

/**
 * Values worth trying for a field: the default first, then every choice, or the edges of each numeric threshold
 * (nearest the thresholds first, so that a value found for a branch is a plausible answer) and the bounds.
 */
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
  const numbers = [...thresholds, spec.min, spec.max].filter(
    (v) => v >= spec.min && v <= spec.max && (!spec.integer || Number.isInteger(v)),
  );
  return [fallback, ...(spec.nullable ? [null] : []), ...numbers];
}

/** What a path asks of one field: the tests its value must pass, and the labels of the branches taken on it. */
export interface FieldTests {
  field: AdvisorField;
  tests: ((value: AdvisorValue) => boolean)[];
  labels: Localized[];
}

/**
 * What walking exactly these steps asks of each field it tests: at each node the taken branch holds and every
 * earlier one fails. Fields in the order the path first tests them.
 */
export function pathTests(tree: DecisionTree, steps: readonly PathStep[]): FieldTests[] {
  const byId = nodeMap(tree);
  const byField = new Map<AdvisorField, FieldTests>();
  for (const step of steps) {
    const node = byId.get(step.nodeId);
    if (node?.kind !== 'decision') throw new Error(`"${step.nodeId}" is not a decision node`);
    const taken = node.edges.findIndex((e) => e.id === step.edgeId);
    const edge = node.edges[taken];
    if (!edge) throw new Error(`"${step.nodeId}" has no branch "${step.edgeId}"`);
    const entry = byField.get(node.input) ?? { field: node.input, tests: [], labels: [] };
    for (const earlier of node.edges.slice(0, taken)) entry.tests.push((v) => !conditionHolds(earlier.when, v));
    entry.tests.push((v) => conditionHolds(edge.when, v));
    entry.labels.push(edge.label);
    byField.set(node.input, entry);
  }
  return [...byField.values()];
}

/** A value of the field that passes every test, trying the default first; undefined if none does. */
export function valuePassing(tree: DecisionTree, { field, tests }: FieldTests): AdvisorValue | undefined {
  return candidateValues(tree, field).find((v) => tests.every((test) => test(v)));
}

/**
 * An input that walks exactly these steps. Fields the path does not test keep their defaults. Throws if no value
 * satisfies a field's tests.
 */
export function inputsForSteps(tree: DecisionTree, steps: readonly PathStep[]): AdvisorInput {
  const input: AdvisorInput = { ...DEFAULT_ADVISOR_INPUT };
  for (const tests of pathTests(tree, steps)) {
    const value = valuePassing(tree, tests);
    if (value === undefined) throw new Error(`no value of ${tests.field} walks this path`);
    (input as Record<AdvisorField, AdvisorValue>)[tests.field] = value;
  }
  return input;
}

/** An input whose walk ends at `leafId`, along its first path. */
export function inputsForPath(tree: DecisionTree, leafId: string): AdvisorInput {
  const path = leafPaths(tree).find((p) => p.leafId === leafId);
  if (!path) throw new Error(`no path from the root to "${leafId}"`);
  return inputsForSteps(tree, path.steps);
}
