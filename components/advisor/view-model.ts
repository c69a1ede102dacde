import { ADVISOR_FIELD_NAMES, ADVISOR_FIELDS, advise, type AdvisorField } from '../../src/engine/advisor';
import { formatNumber } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import type { DecisionTree, ScenarioRow } from '../../src/schemas/rules';
import { ignoredText } from '../widget-kit/ignored-text';
import { advisorMatrixHash, type AdvisorCaseLink } from '../matrix/advisor-link';
import type { AdvisorUi } from './actions';

export interface AdvisorViewProps {
  locale: Locale;
  tree: DecisionTree;
  scenarios: ScenarioRow[];
  /** Case id → page URL in this locale. */
  caseUrls: Record<string, string>;
  caseTitles: Record<string, string>;
  /** Case id → how the answers carry into that case's matrix; the link then opens the matrix with them. */
  caseLinks?: Record<string, AdvisorCaseLink>;
}

export type QuestionView =
  | { kind: 'flag'; field: AdvisorField; label: string; checked: boolean }
  | { kind: 'choice'; field: AdvisorField; domId: string; label: string; value: string; options: { value: string; label: string }[] }
  | { kind: 'number'; field: AdvisorField; domId: string; label: string; text: string; problem: string | null };

/** Everything the advisor island shows, computed from its answers. */
export interface AdvisorView {
  ignored: string | null;
  questions: QuestionView[];
  leafId: string;
  /** Node ids from the root to the leaf, for highlighting the diagram. */
  path: string[];
  /** Headings of the result's lines, with the colon of the page's language. */
  heads: { recommended: string; alternative: string; factors: string; rows: string };
  recommended: string;
  alternative: string;
  factors: string;
  rows: string;
  caseLink: { href: string; label: string } | null;
  conflicts: { id: string; text: string }[];
  fired: { edgeId: string; text: string }[];
  /** Requirements the recommendation does not meet: what and why, and the nearest option that meets each. */
  unmetHead: string;
  unmet: { id: string; text: string; nearestLeaf: string | null; nearest: string }[];
  /** What stays in view while the questions are answered: the recommendation and what is wrong with it. */
  summary: { kind: 'unmet' | 'conflicts'; text: string }[];
}

/** The i18n key prefix of each choice question's values. */
const CHOICE_PREFIX: Partial<Record<AdvisorField, string>> = {
  device: 'device',
  isolation: 'isolation',
  kernel: 'kernel',
  resources: 'resources',
  billing: 'billing',
};

export function advisorView({ locale, tree, scenarios, caseUrls, caseTitles, caseLinks }: AdvisorViewProps, ui: AdvisorUi, tr: Translate): AdvisorView {
  const advice = advise(tree, scenarios, ui.input);
  const list = (items: string[]) => items.join(locale === 'zh' ? '、' : ', ');
  const label = (field: AdvisorField) => tr(`advisor.q.${field}` as UiKey);
  const questions = ADVISOR_FIELD_NAMES.map((field): QuestionView => {
    const spec = ADVISOR_FIELDS[field];
    const value = ui.input[field];
    const domId = `advisor-${field}`;
    if (spec.kind === 'flag') return { kind: 'flag', field, label: label(field), checked: value === true };
    if (spec.kind === 'choice') {
      const prefix = CHOICE_PREFIX[field] ?? field;
      return { kind: 'choice', field, domId, label: label(field), value: String(value), options: spec.values.map((v) => ({ value: v, label: tr(`${prefix}.${v}` as UiKey) })) };
    }
    const draft = ui.drafts[field];
    const range = { min: formatNumber(locale, spec.min), max: formatNumber(locale, spec.max) };
    return {
      kind: 'number',
      field,
      domId,
      label: label(field),
      text: draft ? draft.text : value === null ? '' : String(value),
      problem: draft ? tr(`input.problem.${draft.problem}` as UiKey, range) : null,
    };
  });
  const plural = new Intl.PluralRules(locale === 'zh' ? 'zh-CN' : 'en');
  const count = (kind: 'unmet' | 'conflicts', n: number) => ({
    kind,
    text: tr(`advisor.summary.${kind}.${plural.select(n) === 'one' ? 'one' : 'other'}` as UiKey, { count: formatNumber(locale, n) }),
  });
  const unmet = advice.unmet.map((u) => {
    const changes = u.nearest?.changes.map((c) => tr('advisor.unmet.change', { question: label(c.field), answer: list(c.labels.map((l) => l[locale])) }));
    return {
      id: u.id,
      text: tr('ui.labelled', { label: u.label[locale], value: u.why[locale] }),
      nearestLeaf: u.nearest?.leafId ?? null,
      nearest: u.nearest && changes
        ? tr('advisor.unmet.nearest', { option: u.nearest.recommended[locale], changes: changes.join(tr('ui.semicolon')) })
        : tr('advisor.unmet.none'),
    };
  });
  const link = advice.case === null ? undefined : caseLinks?.[advice.case];
  const pageUrl = advice.case === null ? undefined : caseUrls[advice.case];
  const caseUrl = pageUrl && link && advice.case !== null ? `${pageUrl}${advisorMatrixHash(advice.case, link, ui.input)}` : pageUrl;
  return {
    ignored: ignoredText(tr, ui.ignored),
    questions,
    leafId: advice.leafId,
    path: advice.path,
    heads: {
      recommended: `${tr('advisor.recommended')}${tr('ui.colon')}`,
      alternative: `${tr('advisor.alternative')}${tr('ui.colon')}`,
      factors: `${tr('advisor.factors')}${tr('ui.colon')}`,
      rows: `${tr('advisor.rows')}${tr('ui.colon')}`,
    },
    recommended: advice.recommended[locale],
    alternative: advice.alternative[locale],
    factors: list(advice.keyFactors.map((f) => f[locale])),
    rows: advice.scenarioRows.length === 0 ? tr('advisor.noRow') : list(advice.scenarioRows.map((r) => r.scenario[locale])),
    caseLink: advice.case !== null && caseUrl ? { href: caseUrl, label: tr('advisor.case', { case: caseTitles[advice.case] ?? advice.case }) } : null,
    conflicts: advice.conflicts.map((c) => ({ id: c.id, text: c.message[locale] })),
    fired: advice.fired.map((f) => ({ edgeId: f.edgeId, text: f.reason[locale] })),
    unmetHead: tr('advisor.unmet'),
    unmet,
    summary: [
      ...(unmet.length > 0 ? [count('unmet', unmet.length)] : []),
      ...(advice.conflicts.length > 0 ? [count('conflicts', advice.conflicts.length)] : []),
    ],
  };
}
