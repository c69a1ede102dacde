import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecisionTree, loadScenarios } from '../content/load';
import { advise } from '../engine/advisor';
import { inputsForPath } from '../engine/tree';
import type { DecisionTree } from '../schemas/rules';
import { casePath, reachableLeaves } from './case-path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tree = loadDecisionTree(root);
const { rows } = loadScenarios(root);
const cases = tree.nodes.flatMap((n) => (n.kind === 'leaf' && n.case !== undefined ? [{ caseId: n.case, leafId: n.id }] : []));

describe('casePath', () => {
  it('exists for the four cases of the casebook', () => {
    expect(cases.map((c) => c.caseId).sort()).toEqual(['edge', 'enterprise', 'serverless', 'service-mesh']);
  });

  it.each(cases)('walks from the root to the $caseId leaf as the advisor does for inputs on that path', ({ caseId, leafId }) => {
    const path = casePath(tree, caseId);
    expect(path.leaf.id).toBe(leafId);
    expect(path.nodeIds).toEqual(advise(tree, rows, inputsForPath(tree, leafId)).path);
    expect(path.steps[0]?.node.id).toBe(tree.root);
    path.steps.forEach((step, i) => expect(step.taken.to).toBe(path.nodeIds[i + 1]));
  });

  it.each(cases)('lists, at each step of the $caseId path, every branch not taken, in the data’s order', ({ caseId }) => {
    for (const { node, taken, alternatives } of casePath(tree, caseId).steps) {
      expect(alternatives.map((a) => a.edge)).toEqual(node.edges.filter((e) => e !== taken));
      for (const { edge, outcomes } of alternatives) expect(outcomes).toEqual(reachableLeaves(tree, edge.to));
    }
  });

  it('refuses a case that no leaf names, naming the data file', () => {
    expect(() => casePath(tree, 'no-such-case')).toThrow(/decision-tree\.yaml.*no-such-case/);
  });
});

describe('reachableLeaves', () => {
  it('is the leaf itself for a leaf', () => {
    expect(reachableLeaves(tree, 'leaf-container-k8s').map((l) => l.id)).toEqual(['leaf-container-k8s']);
  });

  it('names each leaf once, depth first in branch order, where branches meet again', () => {
    const diamond: DecisionTree = {
      ...tree,
      root: 'a',
      nodes: [
        { id: 'a', kind: 'decision', input: 'offline', question: { zh: 'a', en: 'a' }, edges: [edge('b'), edge('c')] },
        { id: 'b', kind: 'decision', input: 'zeroTrust', question: { zh: 'b', en: 'b' }, edges: [edge('y'), edge('x')] },
        { id: 'c', kind: 'decision', input: 'observability', question: { zh: 'c', en: 'c' }, edges: [edge('x'), edge('z')] },
        ...['x', 'y', 'z'].map((id) => leaf(id)),
      ],
    };
    expect(reachableLeaves(diamond, 'a').map((l) => l.id)).toEqual(['y', 'x', 'z']);
  });
});

function edge(to: string) {
  return { id: `to-${to}`, when: 'otherwise' as const, label: { zh: to, en: to }, to, reason: { zh: '', en: '' } };
}

function leaf(id: string) {
  const text = { zh: id, en: id };
  return { id, kind: 'leaf' as const, paradigm: 'container' as const, recommended: text, alternative: text, key_factors: [text], scenario_rows: [] };
}
