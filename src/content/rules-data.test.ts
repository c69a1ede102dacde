import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionTreeSchema, dimensionsFileSchema, scenariosFileSchema } from '../schemas/rules';
import { parseDataFile } from './data-file';
import { dataFileErrorOf } from './data-file-error-of';
import { loadCases, loadSources } from './load';
import { checkDecisionTree, checkDimensions, checkScenarios } from './rules-checks';

const root = new URL('../..', import.meta.url).pathname;
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const SCENARIOS = 'content/rules/scenarios.yaml';
const DIMENSIONS = 'content/rules/dimensions.yaml';
const TREE = 'content/rules/decision-tree.yaml';
/** The case studies under content/cases. */
const CASE_IDS = new Set(loadCases(root).map((c) => c.id));
/** The original's case index, kept beside the project (../shared) for checking quoted cells. */
const SEED = join(root, '../shared/seed/README.zh-CN.md');

const sourceIds = new Set(loadSources(root).map((s) => s.id));
const scenarios = parseDataFile(SCENARIOS, read(SCENARIOS), scenariosFileSchema, (d) =>
  checkScenarios(d, { sourceIds, caseIds: CASE_IDS }),
);
const dimensions = parseDataFile(DIMENSIONS, read(DIMENSIONS), dimensionsFileSchema, (d) => checkDimensions(d, sourceIds));
const tree = parseDataFile(TREE, read(TREE), decisionTreeSchema, (t) => checkDecisionTree(t, scenarios.rows));

describe('rules data', () => {
  it('holds the seven rows of the comparison matrix, in the original order', () => {
    expect(scenarios.rows.map((r) => r.id)).toEqual([
      'edge', 'serverless', 'enterprise', 'microservices', 'ai-inference', 'dl-training', 'multi-tenant-gpu',
    ]);
    expect(scenarios.rows.find((r) => r.id === 'ai-inference')?.device_access.zh).toBe('GPU（直通）');
  });

  it('holds the four key decision dimensions, flagging the 16-62x claim as wrong and >50 services as doubtful', () => {
    expect(dimensions.dimensions.map((d) => d.id)).toEqual(['device-access', 'kernel-features', 'microservices', 'resource-isolation']);
    const verdicts = dimensions.dimensions.flatMap((d) => d.figures.map((f) => [d.id, f.verdict]));
    expect(verdicts).toEqual([['kernel-features', 'wrong'], ['microservices', 'doubtful']]);
  });

  it('gives every leaf that stands for a matrix row the same architecture names as that row', () => {
    for (const leaf of tree.nodes) {
      if (leaf.kind !== 'leaf') continue;
      for (const rowId of leaf.scenario_rows) {
        const row = scenarios.rows.find((r) => r.id === rowId);
        expect(leaf.recommended, `${leaf.id} / ${rowId}`).toEqual(row?.recommended);
        expect(leaf.alternative, `${leaf.id} / ${rowId}`).toEqual(row?.alternative);
      }
    }
  });

  it.skipIf(!existsSync(SEED))('quotes every matrix cell and dimension bullet of the original character for character', () => {
    const seed = readFileSync(SEED, 'utf8');
    const matrix = seed.split('## 3 案例对比矩阵')[1] ?? '';
    const cells = matrix
      .split('\n')
      .filter((line) => line.startsWith('| **'))
      .map((line) => line.slice(1, -1).split('|').map((c) => c.trim().replace(/^\*\*(.*)\*\*$/, '$1')));
    const ours = scenarios.rows.map((r) =>
      [r.scenario, r.traits, r.device_access, r.kernel_features, r.recommended, r.alternative, r.key_factors].map((c) => c.zh),
    );
    expect(ours).toEqual(cells);

    const bullets = [...(seed.split('**关键决策维度**：')[1] ?? '').matchAll(/^- \*\*(.+?)\*\*：([\s\S]*?)(?=\n- |\n\n)/gm)];
    expect(dimensions.dimensions.map((d) => [d.label.zh, d.rule.zh])).toEqual(
      bullets.map((m) => [m[1], (m[2] ?? '').trim().replace(/\s*\n\s*/g, ' ')]),
    );
  });

  it('rejects a malformed scenario file, naming the file and the field', () => {
    const bad = read(SCENARIOS).replace('verdict: plausible', 'verdict: maybe');
    const error = dataFileErrorOf(() => parseDataFile(SCENARIOS, bad, scenariosFileSchema));
    expect(error.message).toContain(SCENARIOS);
    expect(error.message).toContain('rows.4.figures.0.verdict');
  });

  it('rejects a tree whose branch points at a missing node, naming the file and the field', () => {
    const bad = read(TREE).replace('to: q-gpu-isolation', 'to: q-gpu-isolatoin');
    const error = dataFileErrorOf(() => parseDataFile(TREE, bad, decisionTreeSchema, (t) => checkDecisionTree(t, scenarios.rows)));
    expect(error.message).toContain(TREE);
    expect(error.message).toContain('nodes.0.edges.1.to: no node "q-gpu-isolatoin"');
  });

  it('rejects a dimension without English text, naming the file and the field', () => {
    const bad = read(DIMENSIONS).replace('en: Device access needs', 'en: ""');
    const error = dataFileErrorOf(() => parseDataFile(DIMENSIONS, bad, dimensionsFileSchema));
    expect(error.message).toContain(DIMENSIONS);
    expect(error.message).toContain('dimensions.0.label.en');
  });
});
