import { ADVISOR_FIELDS, type FieldSpec } from '../engine/advisor';
import { conditionHolds } from '../engine/condition';
import { leafPaths, pathTests, valuePassing } from '../engine/tree';
import { ORIGINAL } from '../schemas/common';
import type { Condition, DecisionTree, DimensionsFile, RuleFigure, ScenarioRow, ScenariosFile } from '../schemas/rules';
import type { Issue } from './data-file';

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((x, i) => ids.indexOf(x) !== i))];
}

function figureSourceIssues(figures: readonly RuleFigure[], path: string, sourceIds: ReadonlySet<string>): Issue[] {
  return figures.flatMap((figure, i) =>
    figure.source === ORIGINAL || sourceIds.has(figure.source)
      ? []
      : [{ path: `${path}.${i}.source`, message: `unknown source "${figure.source}" (add it to content/sources or write "original")` }],
  );
}

/** Row ids are unique, each `case` names a case study, each figure's source resolves. */
export function checkScenarios(
  data: ScenariosFile,
  refs: { sourceIds: ReadonlySet<string>; caseIds: ReadonlySet<string> },
): Issue[] {
  const issues: Issue[] = duplicates(data.rows.map((r) => r.id)).map((dup) => ({
    path: 'rows',
    message: `id "${dup}" is used more than once`,
  }));
  data.rows.forEach((row, i) => {
    if (row.case !== undefined && !refs.caseIds.has(row.case)) {
      issues.push({ path: `rows.${i}.case`, message: `no case study "${row.case}"` });
    }
    issues.push(...figureSourceIssues(row.figures, `rows.${i}.figures`, refs.sourceIds));
  });
  return issues;
}

/** Dimension ids are unique and each figure's source resolves. */
export function checkDimensions(data: DimensionsFile, sourceIds: ReadonlySet<string>): Issue[] {
  return [
    ...duplicates(data.dimensions.map((d) => d.id)).map((dup) => ({ path: 'dimensions', message: `id "${dup}" is used more than once` })),
    ...data.dimensions.flatMap((d, i) => figureSourceIssues(d.figures, `dimensions.${i}.figures`, sourceIds)),
  ];
}

/** Every value a choice or yes/no input can take; null for numbers, whose range a list cannot cover. */
function finiteDomain(spec: FieldSpec): readonly (string | boolean)[] | null {
  if (spec.kind === 'choice') return spec.values;
  return spec.kind === 'flag' ? [true, false] : null;
}

/** Why a condition cannot apply to an input: the wrong kind of test, or values the input never takes. */
function conditionProblem(when: Condition, spec: FieldSpec): string | null {
  if (when === 'otherwise') return null;
  if ('compare' in when) return spec.kind === 'number' ? null : 'compare works only on a numeric input';
  const domain = finiteDomain(spec);
  if (!domain) return 'a numeric input is tested with compare, not in';
  const unknown = when.in.filter((v) => !domain.includes(v));
  return unknown.length === 0 ? null : `${unknown.map((v) => JSON.stringify(v)).join(', ')} not among ${domain.map((v) => JSON.stringify(v)).join(', ')}`;
}

/**
 * Rules a schema cannot state for the decision tree: ids are unique, the root is a decision, every edge
 * target exists, each node's branches fit its input, cover every value and none is dead, there is no loop,
 * every node is reachable from the root, and leaves name existing matrix rows (and the case of one of them).
 */
export function checkDecisionTree(tree: DecisionTree, rows: readonly ScenarioRow[]): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };

  for (const dup of duplicates(tree.nodes.map((n) => n.id))) add('nodes', `node id "${dup}" is used more than once`);
  const edgeIds = tree.nodes.flatMap((n) => (n.kind === 'decision' ? n.edges.map((e) => e.id) : []));
  for (const dup of duplicates(edgeIds)) add('nodes', `edge id "${dup}" is used more than once`);
  for (const dup of duplicates(tree.conflicts.map((c) => c.id))) add('conflicts', `id "${dup}" is used more than once`);

  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const root = byId.get(tree.root);
  if (!root) add('root', `no node "${tree.root}"`);
  else if (root.kind !== 'decision') add('root', `"${tree.root}" is a leaf; the root must be a decision`);

  const rowCases = new Map(rows.map((r) => [r.id, r.case]));
  tree.nodes.forEach((node, i) => {
    if (node.kind === 'leaf') {
      node.scenario_rows.forEach((rowId, k) => {
        if (!rowCases.has(rowId)) add(`nodes.${i}.scenario_rows.${k}`, `no scenario row "${rowId}"`);
      });
      if (node.case !== undefined && !node.scenario_rows.some((rowId) => rowCases.get(rowId) === node.case)) {
        add(`nodes.${i}.case`, `"${node.case}" is not the case of any of this leaf's scenario rows`);
      }
      return;
    }
    const spec = ADVISOR_FIELDS[node.input];
    const domain = finiteDomain(spec);
    const covered = new Set<string | boolean>();
    const targets = new Set<string>();
    node.edges.forEach((edge, j) => {
      const path = `nodes.${i}.edges.${j}`;
      if (!byId.has(edge.to)) add(`${path}.to`, `no node "${edge.to}"`);
      if (edge.to === node.id) add(`${path}.to`, 'a branch cannot lead back to its own node');
      // Paths are highlighted by node ids, so two branches of one node must not share a target.
      if (targets.has(edge.to)) add(`${path}.to`, `another branch of "${node.id}" already leads to "${edge.to}"`);
      targets.add(edge.to);
      if (edge.when === 'otherwise' && j !== node.edges.length - 1) add(`${path}.when`, '"otherwise" must be the last branch');
      const problem = conditionProblem(edge.when, spec);
      if (problem) return add(`${path}.when`, `${node.input}: ${problem}`);
      if (!domain) return;
      const takes = edge.when === 'otherwise' ? domain : 'in' in edge.when ? edge.when.in : [];
      const fresh = takes.filter((v) => !covered.has(v));
      if (fresh.length === 0) add(`${path}.when`, 'dead branch: earlier branches already take every value it tests');
      for (const v of fresh) covered.add(v);
    });
    const last = node.edges.at(-1);
    if (last?.when === 'otherwise') return;
    if (!domain) add(`nodes.${i}.edges`, `${node.input} is numeric, so the last branch must be "otherwise"`);
    else {
      const missing = domain.filter((v) => !covered.has(v));
      if (missing.length > 0) add(`nodes.${i}.edges`, `no branch for ${node.input} = ${missing.map((v) => JSON.stringify(v)).join(', ')}`);
    }
  });

  const successors = (id: string) => {
    const node = byId.get(id);
    return node?.kind === 'decision' ? node.edges.map((e) => e.to).filter((to) => byId.has(to)) : [];
  };
  const reached = new Set<string>();
  const onStack = new Set<string>();
  const visit = (id: string) => {
    reached.add(id);
    onStack.add(id);
    for (const next of successors(id)) {
      if (onStack.has(next)) add('nodes', `"${id}" leads back to "${next}", forming a loop`);
      else if (!reached.has(next)) visit(next);
    }
    onStack.delete(id);
  };
  if (root) visit(root.id);
  tree.nodes.forEach((node, i) => {
    if (!reached.has(node.id)) add(`nodes.${i}`, `"${node.id}" cannot be reached from the root "${tree.root}"`);
  });

  tree.conflicts.forEach((rule, i) => {
    for (const [list, clauses] of [['all', rule.all], ['any', rule.any ?? []]] as const) {
      clauses.forEach((clause, j) => {
        const problem = conditionProblem(clause.when, ADVISOR_FIELDS[clause.input]);
        if (problem) add(`conflicts.${i}.${list}.${j}.when`, `${clause.input}: ${problem}`);
      });
    }
  });

  for (const dup of duplicates(tree.requirements.map((r) => r.id))) add('requirements', `id "${dup}" is used more than once`);
  // Reachability needs a sound tree: only then are the requirements' leaves checked against its paths.
  const sound = issues.every((i) => i.path === 'requirements');
  if (sound) issues.push(...requirementIssues(tree));
  return issues;
}

/**
 * Each requirement tests its input sensibly, and each leaf said to meet it is one the walk can reach while the
 * requirement holds (else the advisor could never point a reader there). Runs on an otherwise valid tree.
 */
function requirementIssues(tree: DecisionTree): Issue[] {
  const leaves = new Set(tree.nodes.flatMap((n) => (n.kind === 'leaf' ? [n.id] : [])));
  const paths = leafPaths(tree);
  return tree.requirements.flatMap((req, i) => {
    const problem = conditionProblem(req.when, ADVISOR_FIELDS[req.input]);
    if (problem) return [{ path: `requirements.${i}.when`, message: `${req.input}: ${problem}` }];
    return req.met_by.flatMap((leafId, k) => {
      const path = `requirements.${i}.met_by.${k}`;
      if (!leaves.has(leafId)) return [{ path, message: `no leaf "${leafId}"` }];
      const reachable = paths.some((p) => {
        if (p.leafId !== leafId) return false;
        const own = pathTests(tree, p.steps).find((t) => t.field === req.input) ?? { field: req.input, tests: [], labels: [] };
        return valuePassing(tree, { ...own, tests: [...own.tests, (v) => conditionHolds(req.when, v)] }) !== undefined;
      });
      return reachable ? [] : [{ path, message: `"${leafId}" cannot be reached while ${req.input} meets the requirement` }];
    });
  });
}
