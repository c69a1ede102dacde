import type { CaseData, Quantity } from '../schemas/case';
import type { Verdict } from '../schemas/common';
import type { Source } from '../schemas/source';
import { scoreRangeReasons } from './matrix-view';
import { sourceView, type SourceView } from './source-view';
import type { Locale } from '../i18n/locale';

/** Where an option's figure comes from: `original` or a source id, our verdict, and a primary figure beside it. */
export interface FigureProvenance {
  source: string;
  verdict: Verdict | null;
  primary: (Pick<Quantity, 'comparator' | 'value' | 'unit'> & { source: string }) | null;
}

/** What a decision record needs from a case, in one language (keeps an island's payload to the page's language). */
export interface AdrCase {
  id: string;
  title: string;
  scenario: string;
  /** Absolute URL of the case page in this language. */
  pageUrl: string;
  /** The site's note when the weights are its assumption; null when they are the original's. */
  weightsNote: string | null;
  originalWinner: string;
  /** The trade-off the case states for its own winner. */
  tradeOff: string;
  criteria: Record<string, { label: string; measures: string; scoring: string | null }>;
  options: Record<string, { label: string; summary: string; pros: string[]; cons: string[]; figures: Record<string, FigureProvenance> }>;
  /** Labels, metrics' labels, and the source each threshold cites (`original` or a source id). */
  requirements: Record<string, { label: string; metric: string; source: string }>;
  /** Why the case holds a score uncertain, by "optionId:criterionId" (see the robustness odds). */
  scoreRanges: Record<string, string>;
  /** The sources the case's figures and requirements cite, by id. */
  sources: Record<string, Pick<SourceView, 'title' | 'url' | 'publisher'>>;
}

/** A case's decision-record text in one language. `sources` holds every primary source by id (unknown ids are skipped). */
export function adrCase(c: CaseData, locale: Locale, pageUrl: string, sources: ReadonlyMap<string, Source>): AdrCase {
  const byId = <T extends { id: string }, U>(list: readonly T[], value: (x: T) => U): Record<string, U> =>
    Object.fromEntries(list.map((x) => [x.id, value(x)]));
  const cited = new Set([
    ...c.options.flatMap((o) => o.figures.flatMap((f) => [f.source, f.primary?.source])),
    ...c.requirements.map((r) => r.source),
  ]);
  return {
    id: c.id,
    title: c.title[locale],
    scenario: c.scenario[locale],
    pageUrl,
    weightsNote: c.weights.origin === 'assumed' ? (c.weights.note?.[locale] ?? '') : null,
    originalWinner: c.decision.winner,
    tradeOff: c.decision.trade_off[locale],
    criteria: byId(c.criteria, (x) => ({ label: x.label[locale], measures: x.measures[locale], scoring: x.scoring?.[locale] ?? null })),
    options: byId(c.options, (o) => ({
      label: o.label[locale],
      summary: o.summary[locale],
      pros: o.pros.map((p) => p[locale]),
      cons: o.cons.map((p) => p[locale]),
      // Reversed so that the first figure of a metric wins, as in figureFor.
      figures: Object.fromEntries(
        [...o.figures].reverse().map((f) => [
          f.metric,
          {
            source: f.source,
            verdict: f.verdict ?? null,
            primary: f.primary ? { comparator: f.primary.comparator, value: f.primary.value, unit: f.primary.unit, source: f.primary.source } : null,
          },
        ]),
      ),
    })),
    scoreRanges: scoreRangeReasons(c, locale),
    requirements: byId(c.requirements, (r) => ({ label: r.label[locale], metric: c.metrics.find((m) => m.id === r.metric)?.label[locale] ?? r.metric, source: r.source })),
    sources: Object.fromEntries(
      [...cited].flatMap((id) => {
        const s = id === undefined ? undefined : sources.get(id);
        if (!s || id === undefined) return [];
        const { title, url, publisher } = sourceView(s, locale);
        return [[id, { title, url, publisher }]];
      }),
    ),
  };
}
