import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decisionTreeSchema,
  dimensionsFileSchema,
  scenariosFileSchema,
  type DecisionNode,
  type DecisionTree,
  type LeafNode,
} from '../schemas/rules';
import { parseDataFile } from './data-file';
import { loadCases } from './load';
import { checkDecisionTree, checkDimensions, checkScenarios } from './rules-checks';

const load = (file: string) => readFileSync(new URL(`../../content/rules/${file}`, import.meta.url), 'utf8');
const tree = parseDataFile('decision-tree.yaml', load('decision-tree.yaml'), decisionTreeSchema);
const scenarios = parseDataFile('scenarios.yaml', load('scenarios.yaml'), scenariosFileSchema);
const dimensions = parseDataFile('dimensions.yaml', load('dimensions.yaml'), dimensionsFileSchema);
/** The field path of a node, as issues name it. */
const at = (id: string) => `nodes.${tree.nodes.findIndex((n) => n.id === id)}`;

interface Finders {
  decision: (id: string) => DecisionNode;
  leaf: (id: string) => LeafNode;
}

/** A copy of the tree with one change, and the issues the check finds in it. */
function issuesAfter(change: (copy: DecisionTree, find: Finders) => void) {
  const copy = structuredClone(tree);
  const find = <K extends 'decision' | 'leaf'>(kind: K) => (id: string) => {
    const node = copy.nodes.find((n) => n.id === id);
    if (node?.kind !== kind) throw new Error(`fixture: no ${kind} node "${id}"`);
    return node as Extract<typeof node, { kind: K }>;
  };
  change(copy, { decision: find('decision'), leaf: find('leaf') });
  return checkDecisionTree(copy, scenarios.rows);
}

describe('checkDecisionTree', () => {
  it('accepts the site tree', () => {
    expect(checkDecisionTree(tree, scenarios.rows)).toEqual([]);
  });

  it('reports duplicate node and edge ids', () => {
    const issues = issuesAfter((copy, { decision, leaf }) => {
      decision('q-billing').edges[0]!.id = 'device-none';
      copy.nodes.push({ ...leaf('leaf-container-k8s') });
    });
    expect(issues).toContainEqual({ path: 'nodes', message: 'node id "leaf-container-k8s" is used more than once' });
    expect(issues).toContainEqual({ path: 'nodes', message: 'edge id "device-none" is used more than once' });
  });

  it('reports a branch to a missing node and the nodes it leaves unreachable', () => {
    const issues = issuesAfter((_, { decision }) => {
      decision('q-device').edges[2]!.to = 'leaf-gone';
    });
    expect(issues).toContainEqual({ path: `${at('q-device')}.edges.2.to`, message: 'no node "leaf-gone"' });
    expect(issues.some((i) => i.message.startsWith('"leaf-vm-k8s-gpu-shared" cannot be reached'))).toBe(true);
  });

  it('reports a loop', () => {
    const issues = issuesAfter((_, { decision }) => {
      decision('q-complex-communication').edges[1]!.to = 'q-kernel';
    });
    expect(issues).toContainEqual({ path: 'nodes', message: '"q-complex-communication" leads back to "q-kernel", forming a loop' });
  });

  it('reports a root that is not a decision', () => {
    expect(issuesAfter((copy) => void (copy.root = 'leaf-container-k8s'))).toContainEqual({
      path: 'root',
      message: '"leaf-container-k8s" is a leaf; the root must be a decision',
    });
  });

  it('reports values an input never takes, and the wrong kind of test', () => {
    const issues = issuesAfter((_, { decision }) => {
      decision('q-device').edges[0]!.when = { in: ['usb', 'floppy'] };
      decision('q-offline').edges[0]!.when = { compare: '>', value: 0 };
      decision('q-services').edges[0]!.when = { in: ['many'] };
    });
    expect(issues).toContainEqual({ path: `${at('q-device')}.edges.0.when`, message: 'device: "floppy" not among "none", "usb", "pci", "gpu-passthrough", "gpu-shared"' });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining([`${at('q-device')}.edges`, `${at('q-offline')}.edges.0.when`, `${at('q-services')}.edges.0.when`]));
  });

  it('reports a value no branch takes, a dead branch, and "otherwise" before the end', () => {
    const missing = issuesAfter((_, { decision }) => void (decision('q-resources').edges[1]!.when = { in: ['moderate'] }));
    expect(missing).toContainEqual({ path: `${at('q-resources')}.edges`, message: 'no branch for resources = "ample"' });

    const dead = issuesAfter((_, { decision }) => void (decision('q-kernel').edges[1]!.when = { in: ['epoll'] }));
    expect(dead.map((i) => i.message)).toContain('dead branch: earlier branches already take every value it tests');

    const early = issuesAfter((_, { decision }) => void decision('q-services').edges.reverse());
    expect(early).toContainEqual({ path: `${at('q-services')}.edges.0.when`, message: '"otherwise" must be the last branch' });
  });

  it('requires a final "otherwise" on a numeric input', () => {
    const issues = issuesAfter((_, { decision }) => void (decision('q-cold-start').edges[1]!.when = { compare: '>=', value: 100 }));
    expect(issues).toContainEqual({ path: `${at('q-cold-start')}.edges`, message: 'coldStartMs is numeric, so the last branch must be "otherwise"' });
  });

  it('reports two branches of one node leading to the same node', () => {
    const issues = issuesAfter((_, { decision }) => void (decision('q-gpu-multi-os').edges[1]!.to = 'leaf-vm-k8s-gpu'));
    expect(issues).toContainEqual({ path: `${at('q-gpu-multi-os')}.edges.1.to`, message: 'another branch of "q-gpu-multi-os" already leads to "leaf-vm-k8s-gpu"' });
  });

  it('reports unknown scenario rows and a case that none of the leaf rows has', () => {
    const issues = issuesAfter((_, { leaf }) => {
      leaf('leaf-wasm-k3s-edge').scenario_rows = ['edge', 'fog'];
      leaf('leaf-vm-k8s-gpu').case = 'enterprise';
    });
    expect(issues).toContainEqual({ path: `${at('leaf-wasm-k3s-edge')}.scenario_rows.1`, message: 'no scenario row "fog"' });
    expect(issues).toContainEqual({ path: `${at('leaf-vm-k8s-gpu')}.case`, message: '"enterprise" is not the case of any of this leaf\'s scenario rows' });
  });

  it('checks the clauses of conflict rules against their inputs', () => {
    const issues = issuesAfter((copy) => void (copy.conflicts[0]!.all[0]!.when = { in: ['kernel'] }));
    expect(issues).toContainEqual({ path: 'conflicts.0.all.0.when', message: 'isolation: "kernel" not among "application", "process", "hardware"' });
  });

  it('checks that each requirement tests its input and names leaves the walk can reach while it holds', () => {
    const index = (id: string) => tree.requirements.findIndex((r) => r.id === id);
    const fast = index('cold-start-under-100ms');
    const small = index('memory-below-server');
    const issues = issuesAfter((copy) => {
      copy.requirements[fast]!.met_by.push('q-billing');
      copy.requirements[small]!.met_by.push('leaf-wasm-k3s-edge');
      copy.requirements.push({ ...copy.requirements[fast]!, met_by: [] });
    });
    expect(issues).toEqual([
      { path: 'requirements', message: 'id "cold-start-under-100ms" is used more than once' },
      { path: `requirements.${fast}.met_by.3`, message: 'no leaf "q-billing"' },
      { path: `requirements.${small}.met_by.1`, message: '"leaf-wasm-k3s-edge" cannot be reached while memoryMb meets the requirement' },
    ]);
    const wrongKind = issuesAfter((copy) => void (copy.requirements[small]!.when = { in: [true] }));
    expect(wrongKind).toEqual([{ path: `requirements.${small}.when`, message: 'memoryMb: a numeric input is tested with compare, not in' }]);
  });
});

describe('checkScenarios and checkDimensions', () => {
  const refs = { sourceIds: new Set<string>(), caseIds: new Set(loadCases(new URL('../..', import.meta.url).pathname).map((c) => c.id)) };

  it('accept the site files', () => {
    expect(checkScenarios(scenarios, refs)).toEqual([]);
    expect(checkDimensions(dimensions, refs.sourceIds)).toEqual([]);
  });

  it('report an unknown case, a duplicate row and an unknown figure source', () => {
    const copy = structuredClone(scenarios);
    copy.rows[0]!.case = 'fog';
    copy.rows[1]!.id = 'edge';
    copy.rows[4]!.figures[0]!.source = 'nvidia-benchmark';
    expect(checkScenarios(copy, refs)).toEqual([
      { path: 'rows', message: 'id "edge" is used more than once' },
      { path: 'rows.0.case', message: 'no case study "fog"' },
      { path: 'rows.4.figures.0.source', message: 'unknown source "nvidia-benchmark" (add it to content/sources or write "original")' },
    ]);
  });
});
