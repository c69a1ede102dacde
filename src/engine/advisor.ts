import type { Localized } from '../schemas/common';
import type { ConflictRule, DecisionTree, ScenarioRow } from '../schemas/rules';
import type { AdvisorInput } from './advisor-fields';
import { clauseHolds, conditionHolds } from './condition';
import { unmetRequirements, type UnmetRequirement } from './unmet';

export * from './advisor-fields';

export interface FiredRule {
  nodeId: string;
  edgeId: string;
  reason: Localized;
}

export interface Conflict {
  id: string;
  message: Localized;
}

export interface Advice {
  leafId: string;
  recommended: Localized;
  alternative: Localized;
  keyFactors: Localized[];
  /** Rows of the comparison matrix this leaf stands for, in the leaf's order. */
  scenarioRows: ScenarioRow[];
  case: string | null;
  /** Node ids from the root to the leaf. */
  path: string[];
  /** One entry per decision on the path, in order: the branch taken and why. */
  fired: FiredRule[];
  conflicts: Conflict[];
  /** Requirements the answers state that this outcome does not meet, each with the nearest one that does. */
  unmet: UnmetRequirement[];
}

/** Contradictory inputs, reported so the reader can fix them; the walk itself still runs. */
export function findConflicts(rules: readonly ConflictRule[], input: AdvisorInput): Conflict[] {
  return rules
    .filter((rule) => rule.all.every((c) => clauseHolds(c, input)) && (rule.any?.some((c) => clauseHolds(c, input)) ?? true))
    .map((rule) => ({ id: rule.id, message: rule.message }));
}

/** Walks the tree from the root, taking the first branch whose condition holds at each decision. */
export function advise(tree: DecisionTree, scenarios: readonly ScenarioRow[], input: AdvisorInput): Advice {
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  const path: string[] = [];
  const fired: FiredRule[] = [];
  let node = nodes.get(tree.root);
  while (node?.kind === 'decision') {
    // A validated tree has no cycles and always matches; these guard against an unchecked one.
    if (path.includes(node.id)) throw new Error(`decision tree loops back to "${node.id}"`);
    path.push(node.id);
    const value = input[node.input];
    const edge = node.edges.find((e) => conditionHolds(e.when, value));
    if (!edge) throw new Error(`no branch of "${node.id}" matches ${node.input} = ${String(value)}`);
    fired.push({ nodeId: node.id, edgeId: edge.id, reason: edge.reason });
    node = nodes.get(edge.to);
  }
  if (!node) throw new Error(`decision tree refers to a missing node after "${path.at(-1) ?? tree.root}"`);
  path.push(node.id);
  const rows = new Map(scenarios.map((row) => [row.id, row]));
  return {
    leafId: node.id,
    recommended: node.recommended,
    alternative: node.alternative,
    keyFactors: node.key_factors,
    scenarioRows: node.scenario_rows.flatMap((id) => rows.get(id) ?? []),
    case: node.case ?? null,
    path,
    fired,
    conflicts: findConflicts(tree.conflicts, input),
    unmet: unmetRequirements(tree, input, node.id),
  };
}
