import { evaluateMatrix, type MatrixResult } from '../../src/engine/matrix';
import type { MatrixInput } from '../../src/engine/matrix-input';
import { formatFixed, formatNumber, formatPercent } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import { matrixMarkdown } from '../../src/present/matrix-markdown';
import type { MatrixLabels } from '../../src/present/matrix-view';
import { COMPARATOR_TEXT, unitText } from '../../src/present/quantity';
import { requirementLabel } from '../../src/present/requirement-label';
import { sensitivityReport, type SensitivityReport } from '../../src/present/sensitivity-report';
import { ignoredText } from '../widget-kit/ignored-text';
import { own } from '../widget-kit/params';
import { POINTS_PER_WEIGHT, WEIGHT_FIELD, type MatrixUi } from './actions';
import { matrixRobustness, robustnessView, type RobustnessView } from './robustness-view';
import { scoredInput, scoreSourceView, type MatrixDerive, type ScoreSourceView } from './score-source';
import { applyState, thresholdField, type MatrixState } from './state';

/** Everything the matrix island shows, computed from its state: the island renders this and nothing else. */
export interface MatrixView {
  widgetLabel: string;
  /** What a link held that could not be used, as one sentence; null when nothing. */
  ignored: string | null;
  weightsLegend: string;
  weights: WeightView[];
  caption: string;
  criteria: { id: string; label: string }[];
  rows: RowView[];
  errata: string[];
  summary: string;
  originalWinner: string;
  removed: { id: string; label: string }[];
  requirements: RequirementView[];
  sensitivity: SensitivityReport;
  robustness: RobustnessView;
  /** The switch between the case's scores and the calculator's; null when no criterion derives from a calculator. */
  scoreSource: ScoreSourceView | null;
  /** Which hard constraints the advisor's answers set, when the reader came from its link; null otherwise. */
  advisor: string | null;
  notice: string;
  /** The whole matrix as Markdown, with the page's link. */
  markdown: (url: string) => string;
  /** Options the reader already has, for refusing a duplicate name. */
  optionNames: string[];
}

export interface WeightView {
  id: string;
  label: string;
  sliderLabel: string;
  /** Points, 0–100, for the slider. */
  points: number;
  /** What the field shows: the text typed when it is invalid, else the current weight in points. */
  text: string;
  /** The message next to an invalid field; null when the field is valid. */
  problem: string | null;
  share: string;
}

export interface RequirementView {
  id: string;
  label: string;
  active: boolean;
  /** The threshold's field: "< [100] ms". */
  threshold: { domId: string; fieldLabel: string; comparator: string; unit: string; text: string; problem: string | null };
}

export interface RowView {
  id: string;
  name: string;
  winner: boolean;
  userAdded: boolean;
  /** The hard constraints the option fails, worded; null when it is eligible. */
  excludedBy: string | null;
  removeLabel: string;
  /** `changed`: derived from the calculator, differing from the case's score (`note` says which it was). */
  scores: { criterionId: string; value: number; label: string; changed: boolean; note: string | null }[];
  /** Unrounded total (data attribute) and as shown. */
  total: number | null;
  totalText: string;
  /** Rank among eligible options; null when excluded or when there are no totals. */
  rank: number | null;
  stated: number | null;
  /** When the original states another total than its own weights and scores give: "stated 3.40"; else null. */
  erratum: string | null;
}

export interface MatrixViewProps {
  locale: Locale;
  labels: MatrixLabels;
  input: MatrixInput;
  /** The page calculator's rules for derived scores, when a criterion has one. */
  derive?: MatrixDerive | undefined;
}

const list = (locale: Locale, items: string[]) => items.join(locale === 'zh' ? '、' : ', ');

/** The line naming the requirements the advisor's answers switched on or off. */
function advisorLine(locale: Locale, tr: Translate, state: MatrixState, current: MatrixInput, requirementName: (id: string) => string): string | null {
  if (state.fromAdvisor === null) return null;
  if (state.fromAdvisor.length === 0) return tr('matrix.advisor.none');
  const active = (id: string) => current.requirements.find((r) => r.id === id)?.active === true;
  const on = state.fromAdvisor.filter(active);
  const off = state.fromAdvisor.filter((id) => !active(id));
  const items = [
    ...(on.length > 0 ? [tr('matrix.advisor.on', { requirements: list(locale, on.map(requirementName)) })] : []),
    ...(off.length > 0 ? [tr('matrix.advisor.off', { requirements: list(locale, off.map(requirementName)) })] : []),
  ];
  return tr('matrix.advisor', { items: items.join(tr('ui.semicolon')) });
}

/** `samples`: Monte Carlo samples of the robustness odds (fewer only where thousands of views are checked). */
export function matrixView({ locale, labels, input, derive }: MatrixViewProps, ui: MatrixUi, tr: Translate, samples?: number): MatrixView {
  const { state } = ui;
  const derived = scoredInput(input, ui);
  const changedFrom = new Map(derived.changes.map((c) => [`${c.optionId}:${c.criterionId}`, c.from]));
  const current = applyState(derived.input, state);
  const result: MatrixResult = evaluateMatrix(current);
  const addedName = new Map(state.added.map((a) => [a.id, a.name]));
  const optionName = (id: string) => (Object.hasOwn(labels.options, id) ? labels.options[id] : undefined) ?? addedName.get(id) ?? id;
  const criterionName = (id: string) => (Object.hasOwn(labels.criteria, id) ? labels.criteria[id] : undefined) ?? id;
  const requirementName = (id: string) => {
    const text = { label: own(labels.requirements, id) ?? id, metric: own(labels.requirementMetrics, id) ?? id };
    const [base, now] = [input, current].map((x) => x.requirements.find((r) => r.id === id));
    return base && now ? requirementLabel(locale, tr, text, base, now) : text.label;
  };
  const fixed = (x: number) => formatFixed(locale, x, 2);
  const scoreSource = scoreSourceView(locale, tr, derive, ui, derived.changes, optionName, criterionName);
  const fractions = new Map(result.ok ? result.weights.map((w) => [w.id, w.fraction]) : []);
  const sensitivity = sensitivityReport(locale, tr, current, result, criterionName, optionName);
  const summary = sensitivity.withConstraints.summary;

  const weights = current.criteria.map((c): WeightView => {
    const points = c.weight * POINTS_PER_WEIGHT;
    const draft = Object.hasOwn(ui.drafts, c.id) ? ui.drafts[c.id] : undefined;
    const fraction = fractions.get(c.id);
    const range = { min: formatNumber(locale, WEIGHT_FIELD.min), max: formatNumber(locale, WEIGHT_FIELD.max) };
    return {
      id: c.id,
      label: criterionName(c.id),
      sliderLabel: tr('matrix.weightSlider', { criterion: criterionName(c.id) }),
      points,
      text: draft ? draft.text : String(Number(points.toPrecision(12))),
      problem: draft ? tr(`input.problem.${draft.problem}` as UiKey, range) : null,
      share: fraction === undefined ? '–' : tr('matrix.share', { percent: formatPercent(locale, fraction) }),
    };
  });

  const rowOf = (i: number): RowView => {
    const o = current.options[i];
    const r = result.ok ? result.options[i] : undefined;
    const id = o?.id ?? '';
    const name = optionName(id);
    const excluded = r !== undefined && r.excludedBy.length > 0;
    return {
      id,
      name,
      winner: result.ok && result.winner === id,
      userAdded: addedName.has(id),
      excludedBy: excluded ? tr('matrix.excludedBy', { requirements: list(locale, r.excludedBy.map(requirementName)) }) : null,
      removeLabel: tr('matrix.remove', { option: name }),
      scores: current.criteria.map((c) => {
        const from = changedFrom.get(`${id}:${c.id}`);
        return {
          criterionId: c.id,
          value: o?.scores[c.id] ?? 1,
          label: tr('matrix.scoreOf', { option: name, criterion: criterionName(c.id) }),
          changed: from !== undefined,
          note: from === undefined ? null : tr('matrix.src.cell', { from }),
        };
      }),
      total: r ? r.total : null,
      totalText: r ? fixed(r.total) : '–',
      rank: r?.eligibleRank ?? null,
      stated: r?.stated ?? null,
      erratum: r?.erratum && r.stated !== null ? tr('matrix.statedAs', { stated: fixed(r.stated) }) : null,
    };
  };
  // Eligible options first, in the case's order; excluded ones after them, unranked.
  const indexes = current.options.map((_, i) => i);
  const excludedAt = (i: number) => (result.ok ? (result.options[i]?.excludedBy.length ?? 0) > 0 : false);
  const rows = [...indexes.filter((i) => !excludedAt(i)), ...indexes.filter(excludedAt)].map(rowOf);

  return {
    widgetLabel: tr('matrix.widget', { case: labels.title }),
    ignored: ignoredText(tr, ui.ignored),
    weightsLegend: tr('matrix.weight'),
    weights,
    caption: tr('matrix.caption', { case: labels.title }),
    criteria: current.criteria.map((c) => ({ id: c.id, label: criterionName(c.id) })),
    rows,
    errata: rows.filter((r) => r.erratum !== null && r.total !== null && r.stated !== null).map((r) => `${r.name}${tr('ui.colon')}${tr('matrix.erratum', { stated: fixed(r.stated ?? 0), computed: fixed(r.total ?? 0) })}`),
    summary,
    originalWinner: tr('matrix.originalWinner', { option: optionName(labels.originalWinner) }),
    removed: state.removed.filter((id) => Object.hasOwn(labels.options, id)).map((id) => ({ id, label: tr('matrix.restore', { option: optionName(id) }) })),
    requirements: current.requirements.map((r): RequirementView => {
      const draft = own(ui.thresholdDrafts, r.id);
      const field = thresholdField(r.unit);
      const range = { min: formatNumber(locale, field.min), max: formatNumber(locale, field.max) };
      return {
        id: r.id,
        label: requirementName(r.id),
        active: r.active,
        threshold: {
          domId: `${labels.caseId}-threshold-${r.id}`,
          fieldLabel: tr('matrix.threshold.field', { requirement: own(labels.requirementMetrics, r.id) ?? r.id }),
          comparator: COMPARATOR_TEXT[r.comparator],
          unit: unitText(locale, r.unit),
          // Validation keeps non-finite thresholds out of the data; the field would show one as empty.
          text: draft ? draft.text : Number.isFinite(r.value) ? String(r.value) : '',
          problem: draft ? tr(`input.problem.${draft.problem}` as UiKey, range) : null,
        },
      };
    }),
    sensitivity,
    robustness: robustnessView(locale, tr, matrixRobustness(current, result, state, samples), state, optionName, criterionName, {
      input: current,
      reasons: labels.scoreRanges,
    }),
    scoreSource,
    advisor: advisorLine(locale, tr, state, current, requirementName),
    notice: ui.notice ? tr(ui.notice.key, ui.notice.vars) : '',
    markdown: (url) =>
      matrixMarkdown({
        locale,
        tr,
        title: labels.title,
        input: current,
        result,
        criterionName,
        optionName,
        requirementName,
        summary,
        sensitivity,
        derived: scoreSource?.changes ? { rules: scoreSource.rules, changes: scoreSource.changes } : null,
        url,
      }),
    optionNames: current.options.map((o) => optionName(o.id)),
  };
}
