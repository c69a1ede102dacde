import { leafPaths } from '../engine/tree';
import type { DecisionNode, DecisionTree, LeafNode, TreeEdge } from '../schemas/rules';

/** A branch not taken on a case's path, with the outcomes it could still lead to. */
export interface PathAlternative {
  edge: TreeEdge;
  /** Leaves reachable through the branch, each once, in branch order. */
  outcomes: LeafNode[];
}

/** One decision on a case's path: the question, the branch taken and the branches not taken. */
export interface CasePathStep {
  node: DecisionNode;
  taken: TreeEdge;
  alternatives: PathAlternative[];
}

export interface CasePath {
  steps: CasePathStep[];
  leaf: LeafNode;
  /** Node ids from the root to the leaf, as the advisor reports a path. */
  nodeIds: string[];
}

/** The leaf whose `case` is `caseId`, or undefined. */
export function caseLeaf(tree: DecisionTree, caseId: string): LeafNode | undefined {
  return tree.nodes.find((n): n is LeafNode => n.kind === 'leaf' && n.case === caseId);
}

/** Leaves reachable from a node, each once, depth first in branch order. */
export function reachableLeaves(tree: DecisionTree, nodeId: string): LeafNode[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const leaves: LeafNode[] = [];
  const walk = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = byId.get(id);
    if (node?.kind === 'leaf') leaves.push(node);
    else node?.edges.forEach((edge) => walk(edge.to));
  };
  walk(nodeId);
  return leaves;
}

/**
 * The path from the root to the case's leaf (the first one, as `inputsForPath` walks it), each decision with the
 * branch taken and the others. Throws when no leaf has the case, naming the data file.
 */
export function casePath(tree: DecisionTree, caseId: string): CasePath {
  const leaf = caseLeaf(tree, caseId);
  if (!leaf) throw new Error(`No leaf of content/rules/decision-tree.yaml has case "${caseId}".`);
  const path = leafPaths(tree).find((p) => p.leafId === leaf.id);
  if (!path) throw new Error(`No path of content/rules/decision-tree.yaml leads to "${leaf.id}".`);
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const steps = path.steps.map(({ nodeId, edgeId }): CasePathStep => {
    const node = byId.get(nodeId);
    const taken = node?.kind === 'decision' ? node.edges.find((e) => e.id === edgeId) : undefined;
    if (node?.kind !== 'decision' || !taken) throw new Error(`"${nodeId}" has no branch "${edgeId}"`);
    const alternatives = node.edges
      .filter((edge) => edge !== taken)
      .map((edge) => ({ edge, outcomes: reachableLeaves(tree, edge.to) }));
    return { node, taken, alternatives };
  });
  return { steps, leaf, nodeIds: [...steps.map((s) => s.node.id), leaf.id] };
}
