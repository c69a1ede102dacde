import type { MatrixResult } from '../../src/engine/matrix';
import type { MatrixInput } from '../../src/engine/matrix-input';
import { analyseRobustness, DEFAULT_SAMPLES, DEFAULT_SEED, type RobustnessResult, type RobustnessVerdict } from '../../src/engine/robustness';
import { formatNumber, formatPercent } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';
import { rangeLines, robustnessLines, type RangeReasons } from '../../src/present/robustness-text';
import { SPREADS, WEIGHT_BANDS, type MatrixState } from './state';

/** The robustness panel of the matrix: odds as bars, the verdict with its thresholds, the smallest flips, the controls. */
export interface RobustnessView {
  title: string;
  /** null when nothing could be sampled (no weights, no eligible option, settings out of range). */
  verdict: RobustnessVerdict | null;
  summary: string;
  /** Eligible options, likeliest winner first: each one's share of the samples (0–1, summing to 1) and as shown. */
  odds: { id: string; name: string; probability: number; text: string }[];
  oddsLabel: string;
  flips: string[];
  assumption: string;
  /** The case's own score ranges in use, each with why; [] when none. */
  ranges: string[];
  rangesLabel: string;
  thresholds: string;
  controlsLegend: string;
  spread: ChoiceView;
  weightBand: ChoiceView;
}

/** A select: its label, the current value and the choices, values as the state holds them. */
export interface ChoiceView {
  label: string;
  value: number;
  choices: { value: number; label: string }[];
}

/**
 * The engine's analysis for a matrix as set, with the reader's uncertainty. The seed is fixed so that the server
 * render and the hydrated one agree, and a link or a decision record reproduces the same odds.
 */
export function matrixRobustness(current: MatrixInput, result: MatrixResult, state: MatrixState, samples = DEFAULT_SAMPLES): RobustnessResult {
  return analyseRobustness(current, { spread: state.spread, weightBand: state.weightBand, samples, seed: DEFAULT_SEED }, result);
}

export function robustnessView(
  locale: Locale,
  tr: Translate,
  analysis: RobustnessResult,
  state: MatrixState,
  optionName: (id: string) => string,
  criterionName: (id: string) => string,
  ranges: { input: MatrixInput; reasons: RangeReasons },
): RobustnessView {
  const lines = robustnessLines(locale, tr, analysis, optionName, criterionName);
  const eligible = analysis.ok ? new Set(analysis.options.filter((o) => o.eligible).map((o) => o.id)) : new Set<string>();
  const odds = lines.odds
    .filter((o) => eligible.has(o.id))
    .map((o) => ({ ...o, name: optionName(o.id) }))
    .sort((a, b) => b.probability - a.probability);
  return {
    title: tr('robust.title'),
    verdict: lines.verdict,
    summary: lines.summary,
    odds,
    oddsLabel: tr('robust.odds'),
    flips: lines.flips,
    assumption: lines.assumption,
    ranges: rangeLines(locale, tr, ranges.input, analysis, optionName, criterionName, ranges.reasons),
    rangesLabel: tr('robust.ranges'),
    thresholds: lines.thresholds,
    controlsLegend: tr('robust.controls'),
    spread: {
      label: tr('robust.spread'),
      value: state.spread,
      choices: SPREADS.map((x) => ({ value: x, label: x === 0 ? tr('robust.spreadNone') : tr('robust.spreadChoice', { spread: formatNumber(locale, x, 2) }) })),
    },
    weightBand: {
      label: tr('robust.weightBand'),
      value: state.weightBand,
      choices: WEIGHT_BANDS.map((x) => ({ value: x, label: x === 0 ? tr('robust.bandNone') : tr('robust.bandChoice', { band: formatPercent(locale, x, 0) }) })),
    },
  };
}
