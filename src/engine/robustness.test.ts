import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateMatrix, type MatrixResult } from './matrix';
import type { MatrixInput, MatrixOption, MatrixRequirement } from './matrix-input';
import {
  analyseRobustness,
  CLEAR_LEAD,
  mulberry32,
  ROBUST_PROBABILITY,
  robustnessVerdict,
  scoreRange,
  smallestFlips,
  type RobustnessAnalysis,
  type RobustnessResult,
  type ScoreChange,
  type ScoreRange,
} from './robustness';

/** A matrix from weights and per-option score rows (in criterion order). */
function matrix(
  weights: number[],
  rows: number[][],
  figures: MatrixOption['figures'][] = [],
  requirements: MatrixRequirement[] = [],
): MatrixInput {
  const ids = weights.map((_, k) => `c${k}`);
  return {
    criteria: ids.map((id, k) => ({ id, weight: weights[k] ?? 0 })),
    options: rows.map((row, i) => ({
      id: `o${i}`,
      scores: Object.fromEntries(ids.map((c, k) => [c, row[k] ?? 1])),
      figures: figures[i] ?? [],
    })),
    requirements,
  };
}

/** The input with score ranges on its options, keyed "optionId:criterionId". */
function withRanges(input: MatrixInput, ranges: Readonly<Record<string, ScoreRange>>): MatrixInput {
  return {
    ...input,
    options: input.options.map((o) => ({
      ...o,
      ranges: Object.fromEntries(Object.entries(ranges).flatMap(([key, range]) => (key.startsWith(`${o.id}:`) ? [[key.slice(o.id.length + 1), range]] : []))),
    })),
  };
}

function ok(r: RobustnessResult): RobustnessAnalysis {
  if (!r.ok) throw new Error(`expected an analysis, got ${r.reason}`);
  return r;
}

const odds = (r: RobustnessAnalysis) => Object.fromEntries(r.options.map((o) => [o.id, o.probability]));

/** The input with score changes applied. */
function withChanges(input: MatrixInput, changes: readonly ScoreChange[]): MatrixInput {
  return {
    ...input,
    options: input.options.map((o) => {
      const scores = { ...o.scores };
      for (const c of changes) if (c.optionId === o.id) scores[c.criterionId] = c.to;
      return { ...o, scores };
    }),
  };
}

/** The changes scaled by `factor` around their starting scores. */
const scaled = (changes: readonly ScoreChange[], factor: number) => changes.map((c) => ({ ...c, to: c.from + (c.to - c.from) * factor }));

const winnerOf = (input: MatrixInput) => {
  const r = evaluateMatrix(input);
  return r.ok ? r.winner : null;
};

// ---------------------------------------------------------------------------------------------------------
// Generators: small matrices with whole or fractional scores, some options excluded by a constraint.

const COLD_START: MatrixRequirement = { id: 'cold', metric: 'cold_start', comparator: '<', value: 100, unit: 'ms', active: true };

const matrixArb = fc
  .record({
    weights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }),
    // Whole scores as the reader sets them, and hundredths as a range's midpoint may be.
    rows: fc.array(fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 100, max: 500 }).map((x) => x / 100)), { minLength: 5, maxLength: 5 }), {
      minLength: 1,
      maxLength: 6,
    }),
    coldStarts: fc.array(fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }), { minLength: 6, maxLength: 6 }),
    constraintOn: fc.boolean(),
  })
  .filter((m) => m.weights.some((w) => w > 0))
  .map((m) =>
    matrix(
      m.weights,
      m.rows,
      m.rows.map((_, i) => {
        const v = m.coldStarts[i];
        return v === undefined ? [] : [{ metric: 'cold_start', comparator: '~' as const, value: v, unit: 'ms' as const }];
      }),
      [{ ...COLD_START, active: m.constraintOn }],
    ),
  );

const settingsArb = fc.record({
  spread: fc.constantFrom(0, 0.5, 1, 2),
  weightBand: fc.constantFrom(0, 0.25, 1),
  samples: fc.integer({ min: 1, max: 300 }),
  seed: fc.integer(),
});

describe('mulberry32', () => {
  it('gives the same numbers for the same seed, in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(8)()).not.toBe(xs[0]);
  });
  it('spreads its numbers evenly (each tenth holds 10 % ± 1 % of 100 000 draws)', () => {
    const next = mulberry32(42);
    const bins = new Uint32Array(10);
    for (let i = 0; i < 100_000; i += 1) bins[Math.floor(next() * 10)]! += 1;
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(1000);
  });
});

describe('scoreRange', () => {
  it('is the score ± spread, clipped to 1–5, unless a range is given', () => {
    expect(scoreRange(3, 1)).toEqual([2, 4]);
    expect(scoreRange(5, 1)).toEqual([4, 5]);
    expect(scoreRange(1, 2)).toEqual([1, 3]);
    expect(scoreRange(4, 0)).toEqual([4, 4]);
    expect(scoreRange(4, 1, [0, 9])).toEqual([1, 5]);
    expect(scoreRange(4, 1, [2.5, 3])).toEqual([2.5, 3]);
  });
});

describe('analyseRobustness: odds', () => {
  it('matches the exact probability on a one-criterion matrix', () => {
    // o0 = 3 ± 1 → U[2, 4]; o1 = 3.5 fixed. P(o0 wins) = P(U > 3.5) = 0.5 / 2 = 0.25.
    const input = matrix([1], [[3], [3.5]]);
    const r = ok(analyseRobustness(withRanges(input, { 'o1:c0': [3.5, 3.5] }), { samples: 100_000, seed: 3 }));
    expect(r.options[0]?.probability).toBeCloseTo(0.25, 2);
    expect(r.options[1]?.probability).toBeCloseTo(0.75, 2);
    expect(r.settings).toEqual({ spread: 1, weightBand: 0, samples: 100_000, seed: 3, ranged: 1 });
  });

  it('splits certain ties evenly', () => {
    const r = ok(analyseRobustness(matrix([1, 1], [[4, 2], [2, 4], [1, 1]]), { spread: 0, samples: 10 }));
    expect(odds(r)).toEqual({ o0: 0.5, o1: 0.5, o2: 0 });
    expect(r.winner).toBeNull();
    expect(r.verdict).toBe('no-clear-winner');
  });

  it('gives excluded options no chance, however good their scores', () => {
    const input = matrix(
      [1],
      [[5], [2]],
      [[{ metric: 'cold_start', comparator: '~', value: 500, unit: 'ms' }], []],
      [COLD_START],
    );
    const r = ok(analyseRobustness(input, { spread: 4 }));
    expect(r.options).toEqual([
      { id: 'o0', eligible: false, probability: 0 },
      { id: 'o1', eligible: true, probability: 1 },
    ]);
    expect(r.verdict).toBe('robust');
    expect(r.single).toBeNull();
  });

  it('moves the odds when weights are uncertain too', () => {
    // Scores certain; o0 leads on c0 and o1 on c1 with equal weights ± 50 %: each wins about half the samples.
    const input = matrix([1, 1], [[5, 1], [1, 5]]);
    const fixed = ok(analyseRobustness(input, { spread: 0, samples: 20_000 }));
    const banded = ok(analyseRobustness(input, { spread: 0, weightBand: 0.5, samples: 20_000 }));
    expect(odds(fixed)).toEqual({ o0: 0.5, o1: 0.5 });
    expect(banded.options[0]?.probability).toBeCloseTo(0.5, 1);
    expect(banded.options[0]?.probability).not.toBe(0.5);
  });

  it('reports unusable settings by name instead of sampling', () => {
    const input = matrix([1], [[3], [4]]);
    expect(
      analyseRobustness(input, { spread: -1, weightBand: 2, samples: 0.5, seed: Number.NaN }),
    ).toEqual({ ok: false, reason: 'invalid-settings', fields: ['spread', 'weightBand', 'samples', 'seed'] });
    expect(analyseRobustness(input, { samples: 2_000_000 })).toMatchObject({ fields: ['samples'] });
  });

  it('passes on why there is nothing to sample', () => {
    expect(analyseRobustness(matrix([0], [[3], [4]]))).toEqual({ ok: false, reason: 'no-weights' });
    expect(analyseRobustness(matrix([1], []))).toEqual({ ok: false, reason: 'no-options' });
    const excluded = matrix([1], [[3]], [[{ metric: 'cold_start', comparator: '~', value: 500, unit: 'ms' }]], [COLD_START]);
    expect(analyseRobustness(excluded)).toEqual({ ok: false, reason: 'all-excluded' });
  });
});

describe('analyseRobustness: properties', () => {
  it('the probabilities sum to 1 and excluded options get none', () => {
    fc.assert(
      fc.property(matrixArb, settingsArb, (input, settings) => {
        const r = analyseRobustness(input, settings);
        const e = evaluateMatrix(input);
        if (!e.ok || e.status === 'all-excluded') {
          expect(r.ok).toBe(false);
          return;
        }
        const a = ok(r);
        expect(a.options.reduce((sum, o) => sum + o.probability, 0)).toBeCloseTo(1, 9);
        a.options.forEach((o, i) => {
          expect(o.eligible).toBe(e.options[i]?.excludedBy.length === 0);
          if (!o.eligible) expect(o.probability).toBe(0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('an option whose every range lies below another eligible option’s never wins', () => {
    // The dominated option's ranges top out at least half a point below the dominating option's lowest scores.
    const arb = fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }).filter((w) => w.some((x) => x > 0)),
      low: fc.array(fc.double({ min: 1, max: 2.5, noNaN: true }), { minLength: 5, maxLength: 5 }),
      width: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
      others: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }), { maxLength: 3 }),
      weightBand: fc.constantFrom(0, 0.5, 1),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(arb, ({ weights, low, width, others, weightBand, seed }) => {
        // o0 dominated: [low, low + width]; o1 dominating: [low + width + 0.5, 5]; others anything.
        const dominated = weights.map((_, k) => (low[k] ?? 1) + (width[k] ?? 0) / 2);
        const dominating = weights.map(() => 4);
        const input = matrix(weights, [dominated, dominating, ...others]);
        const ranges: Record<string, ScoreRange> = {};
        weights.forEach((_, k) => {
          const a = low[k] ?? 1;
          const b = a + (width[k] ?? 0);
          ranges[`o0:c${k}`] = [a, b];
          ranges[`o1:c${k}`] = [b + 0.5, 5];
        });
        const r = ok(analyseRobustness(withRanges(input, ranges), { weightBand, samples: 200, seed }));
        expect(r.options[0]?.probability).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('with no uncertainty, the deterministic winner wins every sample (ties split evenly)', () => {
    fc.assert(
      fc.property(matrixArb, fc.integer({ min: 1, max: 50 }), (input, samples) => {
        const e = evaluateMatrix(input);
        if (!e.ok || e.status === 'all-excluded') return;
        const r = ok(analyseRobustness(input, { spread: 0, samples }));
        const leaders = e.status === 'winner' ? [e.winner] : e.tiedLeaders;
        for (const o of r.options) expect(o.probability).toBeCloseTo(leaders.includes(o.id) ? 1 / leaders.length : 0, 12);
        expect(r.winner).toBe(e.winner);
      }),
      { numRuns: 300 },
    );
  });

  it('the same seed gives the same result', () => {
    fc.assert(
      fc.property(matrixArb, settingsArb, (input, settings) => {
        expect(analyseRobustness(input, settings)).toEqual(analyseRobustness(input, settings));
      }),
      { numRuns: 200 },
    );
  });
});

describe('robustnessVerdict', () => {
  const verdict = (winner: string | null, ps: number[]) => robustnessVerdict(winner, ps.map((probability, i) => ({ id: `o${i}`, probability })));
  it('is robust from ROBUST_PROBABILITY up, fragile below it, and unclear under CLEAR_LEAD', () => {
    expect(ROBUST_PROBABILITY).toBe(0.8);
    expect(CLEAR_LEAD).toBe(0.2);
    expect(verdict('o0', [0.8, 0.2])).toBe('robust');
    expect(verdict('o0', [0.79, 0.21])).toBe('fragile');
    expect(verdict('o0', [0.5, 0.25, 0.25])).toBe('fragile');
    expect(verdict('o0', [0.55, 0.45])).toBe('no-clear-winner');
    // the deterministic winner trails under uncertainty
    expect(verdict('o0', [0.3, 0.7])).toBe('no-clear-winner');
    expect(verdict(null, [0.5, 0.5])).toBe('no-clear-winner');
    expect(verdict('o0', [1])).toBe('robust');
  });
});

describe('smallestFlips', () => {
  it('finds the one score that closes the gap most cheaply', () => {
    // Weights .6/.4. o0 = 5, 3 → 4.2; o1 = 4, 4 → 4.0; gap .2.
    // Cheapest: the .6 criterion, .2 / .6 = 1/3 point: lower o0's c0 from 5 to 4.67 (listed before raising o1's c0).
    const input = matrix([0.6, 0.4], [[5, 3], [4, 4]]);
    const { single, pair } = smallestFlips(input);
    expect(single?.takesOver).toBe('o1');
    expect(single?.size).toBeCloseTo(1 / 3, 12);
    expect(single?.changes).toEqual([{ optionId: 'o0', criterionId: 'c0', from: 5, to: expect.closeTo(14 / 3, 12) }]);
    // Any two scores need at least 1/3 point between them too, so no pair is reported.
    expect(pair).toBeNull();
  });

  it('reports two scores when the most effective one has too little room', () => {
    // Weights .4/.3/.3. o0 = 1, 5, 5 → 3.4 wins; o1 = 4.9, 2, 2.5 → 3.31; gap .09.
    // o1's c0 may rise only .1 (gain .04) and o0's c0 cannot fall: the .4 criterion cannot close the gap alone.
    // One score: a .3 criterion, .09 / .3 = .3 point (first found: lower o0's c1 from 5 to 4.7).
    // Two scores: o1's c0 up its full .1 (.04), the remaining .05 on o0's c1 (.05 / .3 = .167): .267 in all.
    const input = matrix([0.4, 0.3, 0.3], [[1, 5, 5], [4.9, 2, 2.5]]);
    const { single, pair } = smallestFlips(input);
    expect(single?.size).toBeCloseTo(0.3, 12);
    expect(single?.changes).toEqual([{ optionId: 'o0', criterionId: 'c1', from: 5, to: expect.closeTo(4.7, 12) }]);
    expect(pair?.size).toBeCloseTo(0.1 + 0.05 / 0.3, 12);
    expect(pair?.takesOver).toBe('o1');
    expect(pair?.changes).toEqual([
      { optionId: 'o1', criterionId: 'c0', from: 4.9, to: 5 },
      { optionId: 'o0', criterionId: 'c1', from: 5, to: expect.closeTo(5 - 0.05 / 0.3, 12) },
    ]);
  });

  it('reports nothing without a unique winner or without a challenger', () => {
    expect(smallestFlips(matrix([1], [[3], [3]]))).toEqual({ single: null, pair: null });
    expect(smallestFlips(matrix([1], [[3]]))).toEqual({ single: null, pair: null });
  });

  it('reports no single change when none within 1–5 can flip the winner', () => {
    // Weights .5/.5; o0 = 5, 5; o1 = 1, 1: each score moves a total by at most 2, the gap is 4.
    // Two scores of 4 points each close it exactly: o0's c0 down 4 and o0's c1 down 4 (or o1's up).
    const { single, pair } = smallestFlips(matrix([1, 1], [[5, 5], [1, 1]]));
    expect(single).toBeNull();
    expect(pair?.size).toBeCloseTo(8, 12);
  });

  describe('on random matrices', () => {
    /** Every score a challenger could raise or the winner lower, moved by `by` (clipped to 1–5). */
    function eachLever(input: MatrixInput, e: MatrixResult & { ok: true }, by: (from: number, up: boolean) => number): MatrixInput[] {
      return input.options.flatMap((o, i) => {
        if (e.options[i]?.excludedBy.length) return [];
        const up = o.id !== e.winner;
        return input.criteria.map((c) => {
          const from = o.scores[c.id] ?? 1;
          const to = Math.min(5, Math.max(1, from + (up ? 1 : -1) * by(from, up)));
          return withChanges(input, [{ optionId: o.id, criterionId: c.id, from, to }]);
        });
      });
    }

    it('each reported change makes another option draw level with the winner; a little less does not', () => {
      fc.assert(
        fc.property(matrixArb, (input) => {
          const e = evaluateMatrix(input);
          if (!e.ok || e.status !== 'winner') return;
          const { single, pair } = smallestFlips(input, e);
          for (const flip of [single, pair]) {
            if (flip === null) continue;
            expect(winnerOf(withChanges(input, flip.changes))).not.toBe(e.winner);
            // Gaps here are at least 1/5000 of a point, so 1/1000 of the change leaves more than TIE_EPSILON.
            expect(winnerOf(withChanges(input, scaled(flip.changes, 1 - 1e-3)))).toBe(e.winner);
            expect(flip.size).toBeCloseTo(flip.changes.reduce((s, c) => s + Math.abs(c.to - c.from), 0), 12);
          }
          if (single !== null && pair !== null) expect(pair.size).toBeLessThan(single.size);
        }),
        { numRuns: 500 },
      );
    });

    it('no single score moved by less than the reported change flips the winner', () => {
      fc.assert(
        fc.property(matrixArb, (input) => {
          const e = evaluateMatrix(input);
          if (!e.ok || e.status !== 'winner') return;
          const { single } = smallestFlips(input, e);
          // Without a single flip, even moving a score to the end of the scale must not do it.
          const by = single === null ? 4 : single.size * (1 - 1e-3);
          for (const changed of eachLever(input, e, () => by)) expect(winnerOf(changed)).toBe(e.winner);
        }),
        { numRuns: 500 },
      );
    });
  });
});
