import { describe, expect, it } from 'vitest';
import { evaluateMatrix } from '../../src/engine/matrix';
import { analyseRobustness, CLEAR_LEAD, DEFAULT_SAMPLES, ROBUST_PROBABILITY } from '../../src/engine/robustness';
import { formatNumber, formatPercent } from '../../src/i18n/format';
import { LOCALES } from '../../src/i18n/locale';
import * as act from './actions';
import { applyState, SPREADS, WEIGHT_BANDS } from './state';
import { CASES, islandProps, islandTr } from './test-cases';
import { matrixView } from './view-model';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe.each(LOCALES.flatMap((locale) => CASES.map((c) => ({ locale, id: c.id }))))('the robustness panel of $id ($locale)', ({ locale, id }) => {
  const props = islandProps(id, locale);
  const tr = islandTr(locale);
  const ui = act.initialUi(props.input);
  const view = matrixView(props, ui, tr).robustness;
  const input = applyState(props.input, ui.state);
  const result = evaluateMatrix(input);
  const engine = analyseRobustness(input, { samples: DEFAULT_SAMPLES, seed: 1 }, result);

  it('shows the engine’s odds for every eligible option, likeliest first, summing to 1', () => {
    if (!engine.ok || !result.ok) throw new Error('the case has no analysis');
    const eligible = engine.options.filter((o) => o.eligible);
    expect(new Set(view.odds.map((o) => o.id))).toEqual(new Set(eligible.map((o) => o.id)));
    for (const o of view.odds) {
      expect(o.probability).toBe(eligible.find((e) => e.id === o.id)?.probability);
      expect(o.name).toBe(props.labels.options[o.id]);
      expect(o.text).toBe(formatPercent(locale, o.probability, 1));
    }
    expect(sum(view.odds.map((o) => o.probability))).toBeCloseTo(1, 9);
    expect(view.odds.map((o) => o.probability)).toEqual([...view.odds.map((o) => o.probability)].sort((a, b) => b - a));
    // Excluded options have no bar.
    const excluded = result.options.filter((o) => o.excludedBy.length > 0).map((o) => o.id);
    expect(view.odds.some((o) => excluded.includes(o.id))).toBe(false);
  });

  it('states the verdict, its thresholds and the smallest flip', () => {
    expect(view.verdict).toBe(engine.ok ? engine.verdict : null);
    expect(view.summary.startsWith(tr(`robust.verdict.${view.verdict ?? 'robust'}`))).toBe(true);
    expect(view.thresholds).toContain(formatPercent(locale, ROBUST_PROBABILITY, 1));
    expect(view.thresholds).toContain(formatNumber(locale, CLEAR_LEAD * 100));
    expect(view.flips.length).toBeGreaterThan(0);
  });

  it('gives the same odds on every render, as the server render and the hydrated one must', () => {
    expect(matrixView(props, act.initialUi(props.input), tr).robustness).toEqual(view);
  });

  it('offers the spreads and weight bands, with the defaults selected', () => {
    expect(view.spread.choices.map((c) => c.value)).toEqual(SPREADS);
    expect(view.weightBand.choices.map((c) => c.value)).toEqual(WEIGHT_BANDS);
    expect(view.spread.value).toBe(1);
    expect(view.weightBand.value).toBe(0);
    expect(new Set([...view.spread.choices, ...view.weightBand.choices].map((c) => c.label)).size).toBe(SPREADS.length + WEIGHT_BANDS.length);
  });
});

describe('the uncertainty controls', () => {
  const props = islandProps('service-mesh', 'en');
  const tr = islandTr('en');
  const start = act.initialUi(props.input);

  it('without uncertainty, the winner as set wins every sample', () => {
    const ui = act.setSpread(start, 0);
    const view = matrixView(props, ui, tr);
    const winner = view.rows.find((r) => r.winner);
    expect(winner).toBeDefined();
    expect(view.robustness.odds[0]).toMatchObject({ id: winner?.id, probability: 1 });
    expect(view.robustness.verdict).toBe('robust');
    expect(view.robustness.assumption).toContain('Scores as set');
  });

  it('a weight band is sampled too and said so; the odds change with the spread', () => {
    const spread2 = matrixView(props, act.setSpread(start, 2), tr).robustness;
    const banded = matrixView(props, act.setWeightBand(act.setSpread(start, 2), 0.5), tr).robustness;
    expect(spread2.assumption).toContain('±2');
    expect(banded.assumption).toContain('each weight drawn within ±50%');
    expect(banded.weightBand.value).toBe(0.5);
    expect(banded.odds).not.toEqual(spread2.odds);
    expect(spread2.odds).not.toEqual(matrixView(props, start, tr).robustness.odds);
  });

  it('ignores values that are not among the choices, and reset restores the defaults', () => {
    expect(act.setSpread(start, 3)).toBe(start);
    expect(act.setSpread(start, Number.NaN)).toBe(start);
    expect(act.setWeightBand(start, 0.3)).toBe(start);
    const changed = act.setWeightBand(act.setSpread(start, 0.5), 0.1);
    expect(changed.state).toMatchObject({ spread: 0.5, weightBand: 0.1 });
    expect(act.reset(props.input).state).toEqual(start.state);
  });

  it('says why nothing was sampled when every weight is zero', () => {
    let ui = start;
    for (const c of props.input.criteria) ui = act.typeWeight(ui, c.id, '0');
    const view = matrixView(props, ui, tr).robustness;
    expect(view.verdict).toBeNull();
    expect(view.odds).toEqual([]);
    expect(view.summary).toBe(tr('matrix.allZero'));
  });
});

describe('score ranges from the case data', () => {
  const props = islandProps('edge', 'en');
  const tr = islandTr('en');
  const allOn = act.initialUi(props.input);
  // With the constraints off, all three edge options are eligible and every range in the data applies.
  const off = props.input.requirements.reduce((u, r) => act.setRequirement(u, props.input, r.id, false), allOn);
  const ranged = CASES.find((c) => c.id === 'edge')!.options.flatMap((o) => Object.keys(o.score_ranges).map((c) => `${o.id}:${c}`));

  it('draws the ranged scores from their ranges, and names each with its reason under the odds', () => {
    const view = matrixView(props, off, tr, 500).robustness;
    expect(ranged.length).toBeGreaterThan(0);
    expect(view.ranges).toHaveLength(ranged.length);
    for (const key of ranged) expect(view.ranges.some((line) => line.endsWith(props.labels.scoreRanges[key]!))).toBe(true);
    expect(view.assumption).toContain(`(${ranged.length} of them within ranges of their own)`);
    // The engine got them: the same analysis without the ranges gives other odds.
    const input = applyState(props.input, off.state);
    const withRanges = analyseRobustness(input, { samples: 500, seed: 1 });
    const without = analyseRobustness({ ...input, options: input.options.map(({ ranges: _, ...o }) => o) }, { samples: 500, seed: 1 });
    expect(withRanges.ok && without.ok && withRanges.options.map((o) => o.probability)).not.toEqual(without.ok && without.options.map((o) => o.probability));
  });

  it('drops a range where the reader set the score: the doubt was about the case’s own score', () => {
    const [optionId, criterionId] = ranged[0]!.split(':') as [string, string];
    const own = props.input.options.find((o) => o.id === optionId)!.scores[criterionId]!;
    const set = act.setScore(off, props.input, optionId, criterionId, own === 5 ? 4 : own + 1);
    expect(applyState(props.input, set.state).options.find((o) => o.id === optionId)?.ranges).not.toHaveProperty(criterionId);
    expect(matrixView(props, set, tr, 500).robustness.ranges).toHaveLength(ranged.length - 1);
  });

  it('lists only the ranges of eligible options', () => {
    const view = matrixView(props, allOn, tr, 500).robustness;
    const eligible = new Set(view.odds.map((o) => o.id));
    expect(view.ranges).toHaveLength(ranged.filter((key) => eligible.has(key.split(':')[0]!)).length);
  });
});
