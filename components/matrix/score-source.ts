import type { CalculatorSpec } from '../../src/engine/calculators/types';
import type { DerivePlan } from '../../src/engine/derived-scores';
import type { MatrixInput } from '../../src/engine/matrix-input';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';
import { own } from '../widget-kit/params';
import type { MatrixUi } from './actions';
import { keptRanges, type ScoreSource } from './state';

/** What the page gives the matrix to derive scores from its calculator (see CaseMatrix.astro). */
export interface MatrixDerive {
  plan: DerivePlan;
  /** The calculator's inputs and defaults, to read its section of the hash. */
  spec: CalculatorSpec;
  /**
   * Each derived criterion's rule in words, its thresholds from the data, in the page's language. Worded when the
   * page is built, so that the island does not carry the unit formatting for text that never changes.
   */
  rules: string[];
}

/** One score the calculator changed: the case's and the derived, and the calculator's value it was read from. */
export interface ScoreChange {
  optionId: string;
  criterionId: string;
  from: number;
  to: number;
  value: number;
}

export interface ScoreSourceView {
  legend: string;
  /** The source in use, for `data-score-source`. */
  source: ScoreSource;
  options: { value: ScoreSource; label: string; checked: boolean }[];
  /** Each derived criterion's rule in words, its thresholds from the data. */
  rules: string[];
  /** Which scores the calculator changed, as a sentence; null while the scores are the case's (or being computed). */
  changes: string | null;
}

/**
 * The case input as the matrix scores it: with the calculator's scores in place of the case's when the reader chose
 * them and they have been computed (see MatrixUi.derived), and which scores that changed. A reader's own score for
 * a cell (s.<option>.<criterion>) still wins over both, so such cells are not counted as changed.
 */
export function scoredInput(input: MatrixInput, ui: MatrixUi): { input: MatrixInput; changes: ScoreChange[] } {
  const derived = ui.state.source === 'calc' ? (ui.derived ?? []) : [];
  const changes: ScoreChange[] = [];
  const options = input.options.map((o) => {
    const scores = { ...o.scores };
    for (const d of derived) {
      const from = own(o.scores, d.criterionId);
      if (d.optionId !== o.id || d.score === null || from === undefined) continue;
      scores[d.criterionId] = d.score;
      if (d.score !== from && d.value !== null && own(ui.state.scores, `${o.id}:${d.criterionId}`) === undefined) {
        changes.push({ optionId: o.id, criterionId: d.criterionId, from, to: d.score, value: d.value });
      }
    }
    return { ...o, scores, ...keptRanges(o, scores) };
  });
  return { input: { ...input, options }, changes };
}

export function scoreSourceView(
  locale: Locale,
  tr: Translate,
  derive: MatrixDerive | undefined,
  ui: MatrixUi,
  changes: readonly ScoreChange[],
  optionName: (id: string) => string,
  criterionName: (id: string) => string,
): ScoreSourceView | null {
  if (!derive) return null;
  const list = (items: string[]) => items.join(locale === 'zh' ? '；' : '; ');
  const source = ui.state.source;
  const changed = changes.map((c) => tr('matrix.src.change', { option: optionName(c.optionId), criterion: criterionName(c.criterionId), from: c.from, to: c.to }));
  return {
    legend: tr('matrix.src.legend'),
    source,
    options: (['case', 'calc'] as const).map((value) => ({ value, label: tr(`matrix.src.${value}`), checked: source === value })),
    rules: derive.rules,
    changes: source !== 'calc' || ui.derived === null ? null : changed.length === 0 ? tr('matrix.src.same') : tr('matrix.src.changed', { count: changed.length, changes: list(changed) }),
  };
}
