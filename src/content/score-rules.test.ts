/**
 * Scores that this site derives rather than takes from the original must follow their rule in the data:
 * the test recomputes every rule-derived score (star means, and bands over case figures or a calculator's
 * results at its defaults) and compares it with the score the matrix uses.
 */
import { describe, expect, it } from 'vitest';
import { loadCalculators, loadCases, loadSources } from './load';
import { scoreDerivations } from '../present/score-derivation';
import { evaluateMatrix } from '../engine/matrix';
import { toMatrixInput } from '../engine/matrix-input';

const root = new URL('../..', import.meta.url).pathname;
const sources = loadSources(root);
const cases = loadCases(root, sources);
const calculators = loadCalculators(root, sources, cases);
// Rules marked `case_scores: original` leave the original's scores in place; they only feed the matrix's
// "scores from my calculator inputs", so they are not expected to reproduce the case's scores.
const derived = cases.flatMap((c) =>
  scoreDerivations(c, calculators)
    .filter((d) => d.rule.kind === 'star-mean' || d.rule.case_scores === 'rule')
    .flatMap((d) => d.rows.map((row) => ({ key: `${c.id}:${d.criterionId}:${row.optionId}`, ...row }))),
);

describe('rule-derived scores', () => {
  it('the service mesh case derives all four criteria by rule', () => {
    const mesh = cases.find((c) => c.id === 'service-mesh');
    expect(mesh?.criteria.every((c) => c.rule)).toBe(true);
  });

  it.each(derived.map((d) => [d.key, d] as const))('%s follows its rule', (_key, row) => {
    expect(row.derived).not.toBeNull();
    expect(row.stated).toBe(row.derived);
  });

  it('Ambient’s resource score rests on the calculator’s per-pod memory, not the original’s 20 MB per pod', () => {
    const ambient = derived.find((d) => d.key === 'service-mesh:resource_footprint:istio-ambient');
    expect(ambient?.input.kind === 'value' && ambient.input.from).toBe('calculator');
    expect(ambient?.input.kind === 'value' && ambient.input.value).toBeLessThan(1);
  });

  it('the case pages name the order the matrix computes: Istio Ambient, then Cilium, then Linkerd', () => {
    const mesh = cases.find((c) => c.id === 'service-mesh');
    if (!mesh) throw new Error('no service-mesh case');
    const result = evaluateMatrix(toMatrixInput(mesh));
    expect(result.ok && result.winner).toBe('istio-ambient');
    expect(result.ok && result.order.slice(1, 3)).toEqual(['cilium', 'linkerd']);
    expect(result.ok && result.margin).toBeGreaterThan(0.1);
  });

  it('the weights note holds: “high 2, medium 1, unlisted ½” keeps the order and narrows the lead', () => {
    const mesh = cases.find((c) => c.id === 'service-mesh');
    if (!mesh) throw new Error('no service-mesh case');
    const input = toMatrixInput(mesh);
    const byPriority: Record<string, number> = { feature_completeness: 2, resource_footprint: 1, performance_overhead: 1, ease_of_use: 0.5 };
    const base = evaluateMatrix(input);
    const alt = evaluateMatrix({ ...input, criteria: input.criteria.map((c) => ({ ...c, weight: byPriority[c.id] ?? 0 })) });
    if (!base.ok || !alt.ok) throw new Error('matrix did not evaluate');
    expect(alt.order).toEqual(base.order);
    expect(alt.margin ?? 0).toBeLessThan(base.margin ?? 0);
  });
});
