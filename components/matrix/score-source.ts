import { MODELS } from '../../src/engine/calculators/registry';
import type { CalculatorSpec } from '../../src/engine/calculators/types';
import { deriveScores, type DerivePlan, type DerivedScore } from '../../src/engine/derived-scores';
import type { MatrixInput } from '../../src/engine/matrix-input';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';
import { formatCell } from '../../src/present/calc-format';
import { decodeValues } from '../calculator/state';
import { own } from '../widget-kit/params';
import type { MatrixUi } from './actions';
import type { ScoreSource } from './state';

/** What the page gives the matrix to derive scores from its calculator (see CaseMatrix.astro). */
export interface MatrixDerive {
  plan: DerivePlan;
  /** The calculator's inputs and defaults, to read its section of the hash. */
  spec: CalculatorSpec;
  /** What each derived criterion's value is, in the page's language (the rule's `reads`). */
  reads: Record<string, string>;
}

/** One score the calculator changed: the case's and the derived. */
export interface ScoreChange {
  optionId: string;
  criterionId: string;
  from: number;
  to: number;
}

export interface ScoreSourceView {
  legend: string;
  /** The source in use, for `data-score-source`. */
  source: ScoreSource;
  options: { value: ScoreSource; label: string; checked: boolean }[];
  /** Each derived criterion's rule in words, its thresholds from the data. */
  rules: string[];
  /** Which scores the calculator changed, as a sentence; null while the scores are the case's. */
  changes: string | null;
}

/** The derived scores at the calculator's current inputs when the reader chose them; [] otherwise. */
export function scoresFromCalculator(derive: MatrixDerive | undefined, ui: MatrixUi): DerivedScore[] {
  const model = derive && MODELS[derive.plan.calculator];
  if (!derive || !model || ui.state.source !== 'calc') return [];
  return deriveScores(derive.plan, model, decodeValues(ui.calcQuery ?? '', derive.spec).state);
}

/**
 * The case input with the derived scores in place of the case's, and which scores that changed. A reader's own
 * score for a cell (s.<option>.<criterion>) still wins over both, so such cells are not counted as changed.
 */
export function withDerivedScores(input: MatrixInput, derived: readonly DerivedScore[], ui: MatrixUi): { input: MatrixInput; changes: ScoreChange[] } {
  const changes: ScoreChange[] = [];
  const options = input.options.map((o) => {
    const scores = { ...o.scores };
    for (const d of derived) {
      const from = own(o.scores, d.criterionId);
      if (d.optionId !== o.id || d.score === null || from === undefined) continue;
      scores[d.criterionId] = d.score;
      if (d.score !== from && own(ui.state.scores, `${o.id}:${d.criterionId}`) === undefined) changes.push({ optionId: o.id, criterionId: d.criterionId, from, to: d.score });
    }
    return { ...o, scores };
  });
  return { input: { ...input, options }, changes };
}

const SYMBOL = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;

export function scoreSourceView(
  locale: Locale,
  tr: Translate,
  derive: MatrixDerive | undefined,
  ui: MatrixUi,
  changes: readonly ScoreChange[],
  optionName: (id: string) => string,
  criterionName: (id: string) => string,
): ScoreSourceView | null {
  if (!derive || !MODELS[derive.plan.calculator]) return null;
  const list = (items: string[]) => items.join(locale === 'zh' ? '；' : '; ');
  const rules = derive.plan.criteria.map((c) => {
    const bands = c.bands.map((b) => tr('matrix.src.band', { comparator: SYMBOL[b.comparator], value: formatCell(locale, tr, b.value, c.unit), score: b.score }));
    const all = [...bands, tr('matrix.src.otherwise', { score: c.otherwise })].join(locale === 'zh' ? '，' : ', ');
    return tr('matrix.src.rule', { criterion: criterionName(c.criterionId), reads: own(derive.reads, c.criterionId) ?? '', bands: all });
  });
  const source = ui.state.source;
  const changed = changes.map((c) => tr('matrix.src.change', { option: optionName(c.optionId), criterion: criterionName(c.criterionId), from: c.from, to: c.to }));
  return {
    legend: tr('matrix.src.legend'),
    source,
    options: (['case', 'calc'] as const).map((value) => ({ value, label: tr(`matrix.src.${value}`), checked: source === value })),
    rules,
    changes: source !== 'calc' ? null : changed.length === 0 ? tr('matrix.src.same') : tr('matrix.src.changed', { count: changed.length, changes: list(changed) }),
  };
}
