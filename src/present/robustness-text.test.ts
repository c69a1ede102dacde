import { describe, expect, it } from 'vitest';
import type { MatrixInput } from '../engine/matrix-input';
import { analyseRobustness, type RobustnessResult } from '../engine/robustness';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import { robustnessLines } from './robustness-text';

function matrix(weights: number[], rows: number[][]): MatrixInput {
  const ids = weights.map((_, k) => `c${k}`);
  return {
    criteria: ids.map((id, k) => ({ id, weight: weights[k] ?? 0 })),
    options: rows.map((row, i) => ({ id: `o${i}`, scores: Object.fromEntries(ids.map((c, k) => [c, row[k] ?? 1])), figures: [] })),
    requirements: [],
  };
}

const lines = (locale: Locale, r: RobustnessResult) =>
  robustnessLines(locale, translate(locale), r, (id) => `Option ${id}`, (id) => `Criterion ${id}`);

describe('robustnessLines', () => {
  it('states the verdict with the two likeliest options, and the smallest flips', () => {
    // o0 = 1, 5, 5 → 3.4 wins; o1 = 4.9, 2, 2.5 → 3.31 (see smallestFlips' test): one score .3 point, two .267.
    const r = analyseRobustness(matrix([0.4, 0.3, 0.3], [[1, 5, 5], [4.9, 2, 2.5]]), { samples: 1000 });
    if (!r.ok) throw new Error(r.reason);
    const en = lines('en', r);
    expect(en.summary).toMatch(/^(Robust|Fragile|No clear winner): Option o\d wins [\d.]+% of 1,000 samples, Option o\d [\d.]+%\.$/);
    expect(en.flips).toEqual([
      'The smallest single change that flips the winner is lowering the score of Option o0 on Criterion c1 from 5 to 4.7 (0.3 points): Option o1 then draws level, and any further change hands it the win.',
      'Two scores together need less: raising the score of Option o1 on Criterion c0 from 4.9 to 5, and lowering the score of Option o0 on Criterion c1 from 5 to 4.83 (0.27 points in all); Option o1 then draws level.',
    ]);
    expect(en.assumption).toBe('Each score drawn evenly within ±1 of its value, kept within 1–5; weights as set; 1,000 samples, seed 1. Hard constraints apply as in the matrix.');
    expect(en.thresholds).toContain('at least 80% of the samples');
    expect(en.thresholds).toContain('less than 20 percentage points');
    expect(en.odds.map((o) => o.id)).toEqual(['o0', 'o1']);
    expect(lines('zh', r).flips[0]).toBe('能改变结论的最小单项改动：把 Option o0 在「Criterion c1」上的评分从 5 降到 4.7（改动 0.3 分）；这时 Option o1 与之持平，再多改一点就由它胜出。');
  });

  it('says when only two scores together can flip the winner, or none can', () => {
    const twoOnly = analyseRobustness(matrix([1, 1], [[5, 5], [1, 1]]), { samples: 10 });
    expect(lines('en', twoOnly).flips).toEqual([
      'No single score within 1–5 can flip the winner, but two together can: lowering the score of Option o0 on Criterion c0 from 5 to 1, and lowering the score of Option o0 on Criterion c1 from 5 to 1 (8 points in all); Option o1 then draws level.',
    ]);
    const none = analyseRobustness(matrix([1, 1, 1], [[5, 5, 5], [1, 1, 1]]), { samples: 10 });
    expect(lines('en', none).flips).toEqual(['No change of one or two scores within 1–5 can flip the winner.']);
  });

  it('describes the sampling it was given', () => {
    const input = matrix([1], [[3], [4]]);
    const ranged = { ...input, options: input.options.map((o) => (o.id === 'o0' ? { ...o, ranges: { c0: [2, 5] as const } } : o)) };
    const r = analyseRobustness(ranged, { spread: 0, weightBand: 0.25, samples: 10, seed: 7 });
    expect(lines('en', r).assumption).toBe('Scores as set (1 of them within ranges of their own); each weight drawn within ±25% of its value; 10 samples, seed 7. Hard constraints apply as in the matrix.');
  });

  it('names the deterministic winner when another option is likelier under uncertainty', () => {
    // o0 = 5 (can only fall, to 4–5) beats o1 = 4.9 fixed only when it draws above 4.9: 10 % of samples.
    const input = matrix([1], [[5], [4.9]]);
    const fixed = { ...input, options: input.options.map((o) => (o.id === 'o1' ? { ...o, ranges: { c0: [4.9, 4.9] as const } } : o)) };
    const r = analyseRobustness(fixed, { samples: 2000 });
    const en = lines('en', r);
    expect(en.verdict).toBe('no-clear-winner');
    expect(en.summary).toMatch(/^No clear winner: Option o1 wins 9\d(\.\d)?% of 2,000 samples, Option o0 \d+(\.\d)?%\. With the scores as set, Option o0 wins\.$/);
  });

  it('explains why nothing was sampled', () => {
    expect(lines('en', analyseRobustness(matrix([1], [[3]]), { samples: 0 })).summary).toBe(
      'The uncertainty settings are out of range (samples); nothing was sampled.',
    );
    expect(lines('en', analyseRobustness(matrix([0], [[3]]))).summary).toBe(translate('en')('matrix.allZero'));
    expect(lines('zh', analyseRobustness(matrix([1], []))).summary).toBe('没有方案能胜出，无需抽样。');
  });

  it('has no flips to state on a tie', () => {
    const tie = lines('en', analyseRobustness(matrix([1], [[3], [3]]), { spread: 0, samples: 4 }));
    expect(tie.flips).toEqual([]);
    expect(tie.summary).toBe('No clear winner: Option o0 wins 50% of 4 samples, Option o1 50%.');
  });
});
