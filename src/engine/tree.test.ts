import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../content/data-file';
import { decisionTreeSchema, scenariosFileSchema } from '../schemas/rules';
import { advise } from './advisor';
import { inputsForPath, inputsForSteps, leafPaths } from './tree';

const load = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const tree = parseDataFile('decision-tree.yaml', load('content/rules/decision-tree.yaml'), decisionTreeSchema);
const { rows } = parseDataFile('scenarios.yaml', load('content/rules/scenarios.yaml'), scenariosFileSchema);
const leafIds = tree.nodes.filter((n) => n.kind === 'leaf').map((n) => n.id);

describe('leafPaths and inputsForPath', () => {
  it('finds a path from the root to every leaf', () => {
    const reached = new Set(leafPaths(tree).map((p) => p.leafId));
    expect([...reached].sort()).toEqual([...leafIds].sort());
  });

  it('builds, for every root-to-leaf path, an input the advisor walks step by step', () => {
    for (const { leafId, steps } of leafPaths(tree)) {
      const advice = advise(tree, rows, inputsForSteps(tree, steps));
      expect(advice.path).toEqual([...steps.map((s) => s.nodeId), leafId]);
      expect(advice.fired.map((f) => f.edgeId)).toEqual(steps.map((s) => s.edgeId));
    }
  });

  it.each(leafIds)('reaches %s from inputsForPath', (leafId) => {
    expect(advise(tree, rows, inputsForPath(tree, leafId)).leafId).toBe(leafId);
  });

  it('refuses a leaf that does not exist', () => {
    expect(() => inputsForPath(tree, 'leaf-nowhere')).toThrow('leaf-nowhere');
  });
});
