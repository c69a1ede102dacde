import type { CaseData } from '../schemas/case';
import type { Locale } from '../i18n/locale';

/** The labels a matrix view shows, in the page's language only (keeps the island's payload small). */
export interface MatrixLabels {
  caseId: string;
  title: string;
  criteria: Record<string, string>;
  options: Record<string, string>;
  requirements: Record<string, string>;
  /** Each requirement's metric, to name a threshold the reader set (see requirementLabel). */
  requirementMetrics: Record<string, string>;
  /** Why the case holds a score uncertain, by "optionId:criterionId". */
  scoreRanges: Record<string, string>;
  originalWinner: string;
}

/** Why the case holds each of its uncertain scores, by "optionId:criterionId", in one language. */
export function scoreRangeReasons(c: CaseData, locale: Locale): Record<string, string> {
  return Object.fromEntries(c.options.flatMap((o) => Object.entries(o.score_ranges).map(([criterion, r]) => [`${o.id}:${criterion}`, r.why[locale]])));
}

export function matrixLabels(c: CaseData, locale: Locale): MatrixLabels {
  const byId = <T extends { id: string }>(list: readonly T[], label: (x: T) => string) =>
    Object.fromEntries(list.map((x) => [x.id, label(x)]));
  return {
    caseId: c.id,
    title: c.title[locale],
    criteria: byId(c.criteria, (x) => x.label[locale]),
    options: byId(c.options, (x) => x.label[locale]),
    requirements: byId(c.requirements, (r) => r.label[locale]),
    requirementMetrics: byId(c.requirements, (r) => c.metrics.find((m) => m.id === r.metric)?.label[locale] ?? r.metric),
    scoreRanges: scoreRangeReasons(c, locale),
    originalWinner: c.decision.winner,
  };
}
