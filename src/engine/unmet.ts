import type { Localized } from '../schemas/common';
import type { DecisionTree, Requirement } from '../schemas/rules';
import type { AdvisorField, AdvisorInput } from './advisor-fields';
import { conditionHolds } from './condition';
import { leafPaths, pathTests, valuePassing, type LeafPath } from './tree';

/** An answer that would have to change: its field, and the branch labels a new answer must fit. */
export interface NeededChange {
  field: AdvisorField;
  labels: Localized[];
}

/** The outcome that meets a requirement with the fewest of the reader's other answers changed. */
export interface Nearest {
  leafId: string;
  recommended: Localized;
  changes: NeededChange[];
  /** The reader's answers with just those changed; the walk from them ends at `leafId`. */
  input: AdvisorInput;
}

/** A requirement the reader stated that the recommendation does not meet. */
export interface UnmetRequirement {
  id: string;
  label: Localized;
  why: Localized;
  /** Null when no outcome of the tree meets it. */
  nearest: Nearest | null;
}

/**
 * How the reader's answers would have to change to walk `path`: null when that means giving up the requirement
 * itself (changing its own answer) or when no answer fits.
 */
function detour(tree: DecisionTree, req: Requirement, input: AdvisorInput, path: LeafPath): Omit<Nearest, 'recommended'> | null {
  const changes: NeededChange[] = [];
  const changed: AdvisorInput = { ...input };
  for (const tests of pathTests(tree, path.steps)) {
    if (tests.tests.every((test) => test(input[tests.field]))) continue;
    if (tests.field === req.input) return null;
    const value = valuePassing(tree, tests);
    if (value === undefined) return null;
    changes.push({ field: tests.field, labels: tests.labels });
    Object.assign(changed, { [tests.field]: value });
  }
  return { leafId: path.leafId, changes, input: changed };
}

function nearest(tree: DecisionTree, req: Requirement, input: AdvisorInput): Nearest | null {
  let best: Omit<Nearest, 'recommended'> | null = null;
  for (const path of leafPaths(tree)) {
    if (!req.met_by.includes(path.leafId)) continue;
    const found = detour(tree, req, input, path);
    if (found && (best === null || found.changes.length < best.changes.length)) best = found;
  }
  if (!best) return null;
  const leafId = best.leafId;
  const leaf = tree.nodes.find((n) => n.id === leafId);
  return leaf?.kind === 'leaf' ? { ...best, recommended: leaf.recommended } : null;
}

/**
 * The requirements the reader's answers state that the leaf reached does not meet, each with the nearest outcome
 * that does (fewest other answers changed; the first in the tree's order on a tie).
 */
export function unmetRequirements(tree: DecisionTree, input: AdvisorInput, leafId: string): UnmetRequirement[] {
  return tree.requirements
    .filter((req) => conditionHolds(req.when, input[req.input]) && !req.met_by.includes(leafId))
    .map((req) => ({ id: req.id, label: req.label, why: req.why, nearest: nearest(tree, req, input) }));
}
