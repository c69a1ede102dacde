import type { MatrixInput } from '../engine/matrix-input';
import { CLEAR_LEAD, ROBUST_PROBABILITY, type RobustnessResult, type RobustnessVerdict, type ScoreChange, type WinnerFlip } from '../engine/robustness';
import { formatNumber, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';

/** A robustness analysis in words, plus each option's odds for a bar. */
export interface RobustnessLines {
  verdict: RobustnessVerdict | null;
  /** "Fragile: Istio ambient wins 48.3% of 10,000 samples, Linkerd 30.2%." Or why nothing was sampled. */
  summary: string;
  /** How the samples were drawn. */
  assumption: string;
  /** What robust, fragile and no clear winner mean (the engine's thresholds). */
  thresholds: string;
  /** The smallest flips as sentences; [] without a single winner. */
  flips: string[];
  /** In input order; excluded options have probability 0. */
  odds: { id: string; probability: number; text: string }[];
}

const pct = (locale: Locale, p: number) => formatPercent(locale, p, 1);

/** Why the case holds a score uncertain, by "optionId:criterionId", in the page's language. */
export type RangeReasons = Readonly<Record<string, string>>;

/**
 * The case's own score ranges the odds drew from (eligible options only), each with its reason: "WasmEdge + K3s on
 * Startup speed is drawn from 4–5: …".
 */
export function rangeLines(
  locale: Locale,
  tr: Translate,
  input: MatrixInput,
  r: RobustnessResult,
  optionName: (id: string) => string,
  criterionName: (id: string) => string,
  reasons: RangeReasons,
): string[] {
  if (!r.ok) return [];
  const eligible = new Set(r.options.filter((o) => o.eligible).map((o) => o.id));
  return input.options
    .filter((o) => eligible.has(o.id))
    .flatMap((o) =>
      Object.entries(o.ranges ?? {}).map(([c, [lo, hi]]) =>
        tr('robust.range', { option: optionName(o.id), criterion: criterionName(c), lo: points(locale, lo), hi: points(locale, hi), why: reasons[`${o.id}:${c}`] ?? '' }),
      ),
    );
}
const points = (locale: Locale, x: number) => formatNumber(locale, x, 2);

function changeText(locale: Locale, tr: Translate, c: ScoreChange, optionName: (id: string) => string, criterionName: (id: string) => string): string {
  return tr(c.to < c.from ? 'robust.lower' : 'robust.raise', {
    option: optionName(c.optionId),
    criterion: criterionName(c.criterionId),
    from: points(locale, c.from),
    to: points(locale, c.to),
  });
}

/** The sentences the matrix and the decision record show for a robustness analysis. */
export function robustnessLines(
  locale: Locale,
  tr: Translate,
  r: RobustnessResult,
  optionName: (id: string) => string,
  criterionName: (id: string) => string,
): RobustnessLines {
  const thresholds = tr('robust.thresholds', { robust: pct(locale, ROBUST_PROBABILITY), lead: formatNumber(locale, CLEAR_LEAD * 100) });
  if (!r.ok) {
    const summary =
      r.reason === 'invalid-settings'
        ? tr('robust.invalid', { fields: r.fields.join(', ') })
        : r.reason === 'no-weights'
          ? tr('matrix.allZero')
          : tr('robust.nothing');
    return { verdict: null, summary, assumption: '', thresholds, flips: [], odds: [] };
  }

  const samples = formatNumber(locale, r.settings.samples, 0);
  const ranked = [...r.options].sort((a, b) => b.probability - a.probability);
  const [first, second] = ranked;
  let summary = tr('robust.summary', {
    verdict: tr(`robust.verdict.${r.verdict}`),
    option: optionName(first?.id ?? ''),
    probability: pct(locale, first?.probability ?? 0),
    samples,
  });
  if (second !== undefined && second.probability > 0) {
    summary += tr('robust.summaryNext', { option: optionName(second.id), probability: pct(locale, second.probability) });
  }
  summary += tr('robust.summaryEnd');
  if (r.winner !== null && r.winner !== first?.id) {
    // Chinese sentences follow each other without a space.
    summary += `${locale === 'zh' ? '' : ' '}${tr('robust.winnerTrails', { option: optionName(r.winner) })}`;
  }

  const { spread, weightBand, ranged, seed } = r.settings;
  const assumption = [
    spread > 0 ? tr('robust.assumption.spread', { spread: points(locale, spread) }) : tr('robust.assumption.fixed'),
    ranged > 0 ? tr('robust.assumption.ranged', { count: formatNumber(locale, ranged, 0) }) : '',
    weightBand > 0 ? tr('robust.assumption.weights', { band: formatPercent(locale, weightBand, 1) }) : tr('robust.assumption.weightsFixed'),
    tr('robust.assumption.end', { samples, seed: String(seed) }),
  ].join('');

  const flipVars = (flip: WinnerFlip) => {
    const [a, b] = flip.changes.map((c) => changeText(locale, tr, c, optionName, criterionName));
    return { change: a ?? '', first: a ?? '', second: b ?? '', size: points(locale, flip.size), option: optionName(flip.takesOver) };
  };
  const flips: string[] = [];
  if (r.winner !== null) {
    if (r.options.filter((o) => o.eligible).length < 2) flips.push(tr('robust.noChallenger'));
    else if (r.single !== null) {
      flips.push(tr('robust.single', flipVars(r.single)));
      if (r.pair !== null) flips.push(tr('robust.pair', flipVars(r.pair)));
    } else if (r.pair !== null) flips.push(tr('robust.pairOnly', flipVars(r.pair)));
    else flips.push(tr('robust.noFlip'));
  }

  const odds = r.options.map((o) => ({ id: o.id, probability: o.probability, text: pct(locale, o.probability) }));
  return { verdict: r.verdict, summary, assumption, thresholds, flips, odds };
}
