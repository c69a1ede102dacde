import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCases } from '../content/load';
import { evaluateMatrix } from '../engine/matrix';
import { toMatrixInput, type MatrixInput, type MatrixRequirement } from '../engine/matrix-input';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import { decisionOf, decisionText, type Decision } from './decision-summary';

/** Options o0, o1, … scored on c0, c1, … with one figure each on metric m. */
function matrix(weights: number[], rows: { scores: number[]; m?: number }[], requirements: MatrixRequirement[] = []): MatrixInput {
  const ids = weights.map((_, k) => `c${k}`);
  return {
    criteria: ids.map((id, k) => ({ id, weight: weights[k] ?? 0 })),
    options: rows.map((row, i) => ({
      id: `o${i}`,
      scores: Object.fromEntries(ids.map((c, k) => [c, row.scores[k] ?? 1])),
      figures: row.m === undefined ? [] : [{ metric: 'm', comparator: '=' as const, value: row.m, unit: 'ms' as const }],
    })),
    requirements,
  };
}
const under = (id: string, value: number, active = true): MatrixRequirement => ({ id, metric: 'm', comparator: '<', value, unit: 'ms', active });

const names = { option: (id: string) => `Option ${id}`, requirement: (id: string) => `Rule ${id}` };
const text = (locale: Locale, d: Decision, original = 'o0') => decisionText(locale, translate(locale), d, names, original);

describe('decisionOf', () => {
  it('gives the weights’ winner, the eligible runner-up and the engine’s margin when no constraint excludes anything', () => {
    const input = matrix([1, 1], [{ scores: [5, 3] }, { scores: [4, 3] }, { scores: [1, 1] }]);
    const d = decisionOf(input);
    expect(d).toMatchObject({ status: 'winner', winner: 'o0', runnerUp: 'o1', runnerUpExcludedBy: [], constraintsDecide: false, exclusions: [] });
    const result = evaluateMatrix(input);
    expect(d.margin).toBe(result.ok ? result.margin : NaN);
  });

  it('names the best excluded option as runner-up when the constraints leave the winner alone, with the weights’ margin', () => {
    const input = matrix([1], [{ scores: [3], m: 5 }, { scores: [4], m: 500 }, { scores: [2], m: 900 }], [under('fast', 100), under('loose', 1000)]);
    const d = decisionOf(input);
    expect(d).toMatchObject({ status: 'winner', winner: 'o0', runnerUp: 'o1', runnerUpExcludedBy: ['fast'], constraintsDecide: true });
    // The excluded o1 has the higher total: the margin says so by its sign.
    expect(d.margin).toBeCloseTo(-1);
    // Only constraints that exclude something are listed, each with whom it excludes, in the data's order.
    expect(d.exclusions).toEqual([{ requirement: 'fast', options: ['o1', 'o2'] }]);
  });

  it('keeps the eligible runner-up when the constraints exclude only some options', () => {
    const input = matrix([1], [{ scores: [5], m: 5 }, { scores: [4], m: 500 }, { scores: [3], m: 50 }], [under('fast', 100)]);
    const d = decisionOf(input);
    expect(d).toMatchObject({ winner: 'o0', runnerUp: 'o2', constraintsDecide: false, exclusions: [{ requirement: 'fast', options: ['o1'] }] });
    expect(d.margin).toBeCloseTo(2);
  });

  it('ignores constraints that are switched off', () => {
    const d = decisionOf(matrix([1], [{ scores: [5], m: 500 }, { scores: [4], m: 5 }], [under('fast', 100, false)]));
    expect(d).toMatchObject({ winner: 'o0', runnerUp: 'o1', exclusions: [], constraintsDecide: false });
  });

  it('reports a tie, no eligible option, and weights that rank nothing, without a winner', () => {
    expect(decisionOf(matrix([1], [{ scores: [4] }, { scores: [4] }]))).toMatchObject({ status: 'tie', winner: null, tied: ['o0', 'o1'], margin: null });
    expect(decisionOf(matrix([1], [{ scores: [4], m: 500 }], [under('fast', 100)]))).toMatchObject({ status: 'all-excluded', winner: null, runnerUp: null });
    expect(decisionOf(matrix([0, 0], [{ scores: [4, 4] }, { scores: [1, 1] }]))).toMatchObject({ status: 'no-weights', winner: null, exclusions: [] });
    expect(decisionOf(matrix([1], []))).toMatchObject({ status: 'no-options', winner: null });
  });

  it('has no runner-up when there is only one option', () => {
    expect(decisionOf(matrix([1], [{ scores: [2] }]))).toMatchObject({ winner: 'o0', runnerUp: null, margin: null, constraintsDecide: false });
  });
});

describe('decisionText', () => {
  it('says the choice, the runner-up with its margin, and that the weights decided', () => {
    const d = decisionOf(matrix([1, 1], [{ scores: [5, 3] }, { scores: [4, 3] }]));
    expect(text('en', d)).toEqual({
      choice: 'Option o0, with a weighted total of 4.00 (the original’s choice too)',
      runnerUp: 'Option o1 at 3.50: a margin of 0.50',
      why: 'At the case’s settings no hard constraint excludes an option; the weights decide.',
    });
    expect(text('zh', d, 'o1')).toEqual({
      choice: 'Option o0，加权总分 4.00（原案例选的是 Option o1）',
      runnerUp: 'Option o1，3.50，差距 0.50 分',
      why: '按案例的设置，没有硬约束排除任何方案，由权重决定。',
    });
  });

  it('says which constraints excluded whom when they decided, and how the excluded runner-up stands on the weights', () => {
    const behind = decisionOf(matrix([1], [{ scores: [4], m: 5 }, { scores: [3], m: 500 }, { scores: [2], m: 900 }], [under('a', 100), under('b', 800)]));
    expect(text('en', behind)).toEqual({
      choice: 'Option o0, with a weighted total of 4.00 (the original’s choice too)',
      runnerUp: 'Option o1 at 3.00: a margin of 1.00 (the hard constraints exclude it)',
      why: 'The hard constraints leave no other option: Rule a excludes Option o1 and Option o2; Rule b excludes Option o2.',
    });
    expect(text('zh', behind).why).toBe('硬约束排除了其余方案：「Rule a」排除 Option o1、Option o2；「Rule b」排除 Option o2。');
    const ahead = decisionOf(matrix([1], [{ scores: [3], m: 5 }, { scores: [4], m: 500 }], [under('a', 100)]));
    expect(text('en', ahead).runnerUp).toBe('Option o1 at 4.00: 1.00 ahead on the weights, but the hard constraints exclude it');
  });

  it('says when the constraints only narrowed the field', () => {
    const d = decisionOf(matrix([1], [{ scores: [5], m: 5 }, { scores: [4], m: 500 }, { scores: [3], m: 50 }], [under('a', 100)]));
    expect(text('en', d).why).toBe('The hard constraints exclude some options (Rule a excludes Option o1); the weights decide among the rest.');
  });

  it('words a tie, a matrix with no eligible option and weights that are all zero instead of a choice', () => {
    const tie = decisionOf(matrix([1], [{ scores: [4] }, { scores: [4] }, { scores: [4] }]));
    expect(text('en', tie)).toMatchObject({ choice: 'No single choice: Option o0, Option o1 and Option o2 tie for first at 4.00', runnerUp: null });
    const none = decisionOf(matrix([1], [{ scores: [4], m: 500 }], [under('a', 100)]));
    expect(text('en', none)).toEqual({
      choice: 'No option passes every active hard constraint',
      runnerUp: null,
      why: 'The hard constraints exclude every option: Rule a excludes Option o0.',
    });
    const zero = decisionOf(matrix([0], [{ scores: [4] }, { scores: [2] }]));
    expect(text('en', zero)).toEqual({ choice: 'All weights are zero, so nothing can be ranked. Set at least one weight above zero.', runnerUp: null, why: null });
  });
});

describe('the four cases at their settings', () => {
  const cases = loadCases(fileURLToPath(new URL('../..', import.meta.url)));

  it.each(cases.map((c) => [c.id, c] as const))('%s: the summary’s winner is the original’s decision and the engine’s winner', (_id, c) => {
    const input = toMatrixInput(c);
    const result = evaluateMatrix(input);
    const d = decisionOf(input, result);
    expect(d.winner).toBe(c.decision.winner);
    expect(d.winner).toBe(result.ok ? result.winner : null);
    expect(d.runnerUp).not.toBeNull();
    expect(d.margin).toBeGreaterThan(0);
  });
});
