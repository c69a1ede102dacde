/**
 * An Architecture Decision Record of a matrix as set, in the structure of MADR 4 (Markdown Any Decision Records):
 * front matter (status, date, decision-makers), then Context and Problem Statement, Decision Drivers, Considered
 * Options, Decision Outcome with Consequences and Confirmation, Pros and Cons of the Options, More Information.
 * Headings and sentences are in the page's language; front-matter keys stay English so ADR tools read them.
 */
import { scoreOf, TIE_EPSILON, type MatrixResult } from '../engine/matrix';
import type { MatrixInput, MatrixOption } from '../engine/matrix-input';
import { checkRequirement, figureFor, type FigureValue } from '../engine/requirements';
import type { RobustnessResult } from '../engine/robustness';
import type { SensitivityResult } from '../engine/sensitivity';
import { formatFixed, formatNumber, formatPercent } from '../i18n/format';
import { LANG_TAG, type Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import type { UiKey } from '../i18n/ui';
import { ORIGINAL } from '../schemas/original';
import type { AdrCase, FigureProvenance } from './adr-case';
import { formatQuantity } from './quantity';
import { requirementLabel } from './requirement-label';
import { rangeLines, robustnessLines } from './robustness-text';
import { sensitivityLine } from './sensitivity-text';

/** The UI-string prefixes the record uses: what an island must be given to build one. */
export const ADR_MESSAGE_PREFIXES = ['adr.', 'robust.', 'sens.', 'matrix.', 'col.option'] as const;

/** MADR 4's section headings, in the order the record writes them, with their Markdown level. */
export const ADR_HEADINGS = [
  ['##', 'adr.h.context'],
  ['##', 'adr.h.drivers'],
  ['##', 'adr.h.options'],
  ['##', 'adr.h.outcome'],
  ['###', 'adr.h.consequences'],
  ['###', 'adr.h.confirmation'],
  ['##', 'adr.h.prosCons'],
  ['##', 'adr.h.more'],
] as const satisfies readonly (readonly ['##' | '###', UiKey])[];

export interface AdrArgs {
  locale: Locale;
  tr: Translate;
  /** The record's date, YYYY-MM-DD. */
  date: string;
  caseText: AdrCase;
  /** The case's own matrix (toMatrixInput), to list what was changed from it. */
  caseInput: MatrixInput;
  /** The matrix as set (applyState). */
  input: MatrixInput;
  result: MatrixResult;
  sensitivity: SensitivityResult;
  robustness?: RobustnessResult | undefined;
  /** Names of the options a reader added, by id. */
  addedNames: Readonly<Record<string, string>>;
  /** A link that reopens this state of the matrix. */
  stateUrl: string;
  /**
   * When the scores come from the page's calculator: each derived criterion's rule in words, and the scores that
   * differ from the case's with the calculator's value each was read from ("45 MB"). Absent: the case's scores.
   */
  derived?: { rules: readonly string[]; changes: readonly { optionId: string; criterionId: string; value: string }[] } | undefined;
}

/** Plain text made safe inside Markdown: no emphasis, links, tables, strikethrough, HTML or entities. */
export function markdownText(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A URL as a Markdown link destination: characters that would end or break it are percent-encoded. */
function destination(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function link(text: string, url: string): string {
  return `[${markdownText(text)}](${destination(url)})`;
}

/** Lower-case ASCII words joined by hyphens ("WasmEdge + K3s" → "wasmedge-k3s"); '' when nothing is left. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * The record's file name in an ADR folder: "0001-edge-wasmedge-k3s.md". The option's name is used where it
 * slugs to something (a Chinese name does not), else its id; "undecided" without a chosen option.
 */
export function adrFileName(caseId: string, chosen: { id: string; name: string } | null, number = 1): string {
  const n = String(Number.isInteger(number) && number >= 0 ? number : 1).padStart(4, '0');
  const option = chosen === null ? 'undecided' : slug(chosen.name) || slug(chosen.id) || 'option';
  return `${n}-${slug(caseId) || 'case'}-${option}.md`;
}

/** Everything the sections share: names, number formats, figures and the sources cited so far. */
function context(args: AdrArgs) {
  const { locale, tr, caseText, input, result } = args;
  const cited = new Set<string>();
  let unsourced = false;
  const optionName = (id: string) => caseText.options[id]?.label ?? args.addedNames[id] ?? id;
  const name = (id: string) => markdownText(optionName(id));
  const criterion = (id: string) => markdownText(caseText.criteria[id]?.label ?? id);
  const requirement = (id: string) => {
    const text = caseText.requirements[id];
    const [base, now] = [args.caseInput, input].map((x) => x.requirements.find((r) => r.id === id));
    return markdownText(text && base && now ? requirementLabel(locale, tr, text, base, now, true) : (text?.label ?? id));
  };
  const listFormat = new Intl.ListFormat(LANG_TAG[locale], { type: 'conjunction' });
  const list = (items: string[]) => listFormat.format(items);
  const requirementList = (ids: readonly string[]) => list(ids.map((id) => (locale === 'zh' ? `「${requirement(id)}」` : requirement(id))));
  const total = (x: number) => formatFixed(locale, x, 2);
  const score = (x: number) => formatNumber(locale, x, 2);
  const sourceLink = (id: string) => {
    const s = caseText.sources[id];
    cited.add(id);
    return s ? link(s.title, s.url) : markdownText(id);
  };
  /** A figure with where it comes from: "2–5 s (the original’s unsourced claim; doubtful by this site’s check)". */
  const figure = (value: FigureValue, provenance: FigureProvenance | undefined) => {
    const parts: string[] = [];
    if (provenance) {
      if (provenance.source === ORIGINAL) {
        unsourced = true;
        parts.push(tr('adr.unsourced'));
      } else parts.push(sourceLink(provenance.source));
      if (provenance.verdict === 'doubtful' || provenance.verdict === 'wrong') parts.push(tr(`adr.verdict.${provenance.verdict}`));
      if (provenance.primary) {
        const p = provenance.primary;
        parts.push(tr('adr.primary', { value: markdownText(formatQuantity(locale, p)), source: sourceLink(p.source) }));
      }
    }
    const text = markdownText(formatQuantity(locale, value));
    return parts.length > 0 ? tr('adr.figure', { value: text, provenance: parts.join(locale === 'zh' ? '；' : '; ') }) : text;
  };
  const activeRequirements = input.requirements.filter((r) => r.active);
  /** "meets / fails / has no figure for" lines of one option on the active constraints, as [kind, text]. */
  const checks = (option: MatrixOption): ['good' | 'bad' | 'neutral', string][] =>
    activeRequirements.map((r) => {
      const f = figureFor(option.figures, r.metric);
      const status = checkRequirement(f, r);
      if (f === undefined || status === 'no-figure') return ['neutral', tr('adr.noFigure', { requirement: requirement(r.id) })];
      const text = figure(f, caseText.options[option.id]?.figures[r.metric]);
      return status === 'pass' ? ['good', tr('adr.meets', { requirement: requirement(r.id), figure: text })] : ['bad', tr('adr.fails', { requirement: requirement(r.id), figure: text })];
    });
  const bullet = (kind: 'good' | 'bad' | 'neutral', text: string) => `* ${tr(`adr.${kind}`, { text })}`;

  // Eligible options by rank (input order on ties), then excluded ones in input order.
  const evaluated = result.ok ? result.options : [];
  const entries = input.options.map((option, i) => ({ option, r: evaluated[i] }));
  const ordered = result.ok
    ? [
        ...entries.filter((e) => e.r?.eligibleRank != null).sort((a, b) => (a.r?.eligibleRank ?? 0) - (b.r?.eligibleRank ?? 0)),
        ...entries.filter((e) => e.r?.eligibleRank == null),
      ]
    : entries;
  return {
    ...args,
    name,
    criterion,
    requirement,
    requirementList,
    list,
    total,
    score,
    figure,
    checks,
    bullet,
    ordered,
    activeRequirements,
    added: (id: string) => caseText.options[id] === undefined,
    cite: (source: string) => void cited.add(source),
    cited: () => [...cited],
    usedUnsourced: () => unsourced,
  };
}

type Context = ReturnType<typeof context>;

function frontMatter({ tr, date }: Context): string[] {
  const yamlDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : JSON.stringify(date);
  return ['---', 'status: proposed', `date: ${yamlDate}`, `decision-makers: ${JSON.stringify(tr('adr.deciders'))}`, '---', ''];
}

function title(c: Context): string[] {
  const winner = c.result.ok ? c.result.winner : null;
  const caseTitle = markdownText(c.caseText.title);
  return [`# ${winner === null ? c.tr('adr.titleNone', { case: caseTitle }) : c.tr('adr.title', { option: c.name(winner), case: caseTitle })}`, ''];
}

function contextSection(c: Context): string[] {
  const { tr, locale, caseText, input } = c;
  return [
    // Chinese sentences follow each other without a space.
    [tr('adr.scenario', { scenario: markdownText(caseText.scenario) }), tr('adr.question', { count: formatNumber(locale, input.options.length, 0) })].join(locale === 'zh' ? '' : ' '),
    '',
    tr('adr.basis', { case: link(caseText.title, caseText.pageUrl), criteria: formatNumber(locale, input.criteria.length, 0) }),
    '',
  ];
}

function drivers(c: Context): string[] {
  const { tr, locale, caseText, input, result } = c;
  const share = new Map(result.ok ? result.weights.map((w) => [w.id, formatPercent(locale, w.fraction, 1)]) : []);
  const lines = input.criteria.map((cr) => {
    const text = caseText.criteria[cr.id];
    const scoring = text?.scoring ? tr('adr.driverScoring', { scoring: markdownText(text.scoring) }) : '';
    const measures = markdownText(text?.measures ?? '');
    return `* ${tr('adr.driver', { criterion: c.criterion(cr.id), share: share.get(cr.id) ?? '–', measures })}${scoring}`;
  });
  for (const r of c.activeRequirements) {
    const source = caseText.requirements[r.id]?.source;
    if (source !== undefined && source !== ORIGINAL) c.cite(source);
    lines.push(`* ${tr('adr.constraint', { requirement: c.requirement(r.id) })}`);
  }
  const off = input.requirements.filter((r) => !r.active).map((r) => r.id);
  if (off.length > 0) lines.push(`* ${tr('adr.constraintsOff', { requirements: c.requirementList(off) })}`);
  const weights = caseText.weightsNote === null ? tr('adr.weightsOriginal') : tr('adr.weightsAssumed', { note: markdownText(caseText.weightsNote) });
  return [...lines, '', weights, ''];
}

function consideredOptions(c: Context): string[] {
  const { tr, input, result } = c;
  const addedMark = (id: string) => (c.added(id) ? tr('adr.added') : '');
  const items = c.ordered.map(({ option, r }) => {
    const label = `${c.name(option.id)}${addedMark(option.id)}`;
    if (r === undefined) return `* ${label}`;
    if (r.eligibleRank === null) {
      return `* ${tr('adr.optionExcluded', { option: label, total: c.total(r.total), requirements: c.requirementList(r.excludedBy) })}`;
    }
    return `* ${tr('adr.optionRanked', { option: label, total: c.total(r.total), rank: r.eligibleRank })}`;
  });
  const share = new Map(result.ok ? result.weights.map((w) => [w.id, formatPercent(c.locale, w.fraction, 1)]) : []);
  const head = [tr('col.option'), ...input.criteria.map((cr) => `${c.criterion(cr.id)} (${share.get(cr.id) ?? '–'})`)];
  if (result.ok) head.push(tr('matrix.total'), tr('matrix.rank'));
  const rows = c.ordered.map(({ option, r }) => {
    const scores = input.criteria.map((cr) => c.score(scoreOf(option, cr.id)));
    const extra = r === undefined ? [] : [c.total(r.total), r.eligibleRank === null ? tr('adr.excludedCell') : String(r.eligibleRank)];
    return [`${c.name(option.id)}${addedMark(option.id)}`, ...scores, ...extra];
  });
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [...items, '', row(head), row(head.map(() => '---')), ...rows.map(row), ''];
}

/** Why the winner won, and whether the hard constraints decided it. */
function outcome(c: Context): string[] {
  const { tr, result } = c;
  if (!result.ok) return [tr('adr.chosenNone', { reason: tr('adr.because.noWeights') }), ''];
  const totalOf = (id: string) => result.options.find((o) => o.id === id)?.total ?? 0;
  if (result.status !== 'winner' || result.winner === null) {
    const reason =
      result.status === 'tie'
        ? tr('adr.because.tie', { options: c.list(result.tiedLeaders.map(c.name)), total: c.total(totalOf(result.tiedLeaders[0] ?? '')) })
        : tr(result.status === 'no-options' ? 'adr.because.noOptions' : 'adr.because.allExcluded');
    return [tr('adr.chosenNone', { reason }), ''];
  }
  const winner = result.winner;
  const winnerTotal = totalOf(winner);
  const runnerUp = result.order.find((id) => id !== winner && result.options.find((o) => o.id === id)?.excludedBy.length === 0);
  const reason =
    result.margin === null || runnerUp === undefined
      ? tr('adr.because.only', { total: c.total(winnerTotal) })
      : tr('adr.because.best', { total: c.total(winnerTotal), margin: c.total(result.margin), runnerUp: c.name(runnerUp) });
  const lines = [tr('adr.chosen', { option: c.name(winner), reason }), ''];

  const excluded = result.options.filter((o) => o.excludedBy.length > 0);
  const deciding = excluded.filter((o) => o.total >= winnerTotal - TIE_EPSILON);
  for (const o of deciding) {
    const key = o.total > winnerTotal + TIE_EPSILON ? 'adr.decidedBy' : 'adr.decidedByTie';
    lines.push(tr(key, { option: c.name(o.id), total: c.total(o.total), requirements: c.requirementList(o.excludedBy) }), '');
  }
  if (excluded.length > 0 && deciding.length === 0) lines.push(tr('adr.notDecidedBy', { options: c.list(excluded.map((o) => c.name(o.id))) }), '');
  return lines;
}

/** Good and bad for the chosen option: its scores against the others, what the case says of it, its figures. */
function consequences(c: Context): string[] {
  const { tr, input, result, caseText } = c;
  const winner = result.ok ? result.winner : null;
  const option = input.options.find((o) => o.id === winner);
  if (!result.ok || winner === null || option === undefined) return [tr('adr.noWinnerYet'), ''];
  const others = input.options.filter((o) => o !== option);
  const weighted = input.criteria.filter((cr) => (result.weights.find((w) => w.id === cr.id)?.fraction ?? 0) > 0);
  const good: string[] = [];
  const bad: string[] = [];
  for (const cr of weighted) {
    const own = scoreOf(option, cr.id);
    const best = others.reduce<MatrixOption | undefined>((b, o) => (b === undefined || scoreOf(o, cr.id) > scoreOf(b, cr.id) ? o : b), undefined);
    if (best === undefined) continue;
    const bestScore = scoreOf(best, cr.id);
    const lowest = Math.min(...others.map((o) => scoreOf(o, cr.id)));
    if (bestScore > own) bad.push(tr('adr.scoreBehind', { criterion: c.criterion(cr.id), score: c.score(own), option: c.name(best.id), best: c.score(bestScore) }));
    else if (own > lowest) good.push(tr('adr.scoreBest', { criterion: c.criterion(cr.id), score: c.score(own) }));
  }
  const stated = caseText.options[winner];
  const checks = c.checks(option);
  const lines = [
    ...good.map((t) => c.bullet('good', t)),
    ...(stated?.pros ?? []).map((t) => c.bullet('good', markdownText(t))),
    ...checks.filter(([k]) => k === 'good').map(([k, t]) => c.bullet(k, t)),
    ...bad.map((t) => c.bullet('bad', t)),
    ...(stated?.cons ?? []).map((t) => c.bullet('bad', markdownText(t))),
    ...checks.filter(([k]) => k !== 'good').map(([k, t]) => c.bullet(k, t)),
    '',
  ];
  if (winner === caseText.originalWinner) lines.push(tr('adr.tradeOff', { text: markdownText(caseText.tradeOff) }), '');
  return lines;
}

/** What would overturn the decision: weight thresholds, constraints that decided it, robustness if given. */
function confirmation(c: Context): string[] {
  const { tr, locale, result, sensitivity, robustness } = c;
  const lines: string[] = [];
  const optionName = (id: string) => c.caseText.options[id]?.label ?? c.addedNames[id] ?? id;
  const criterionName = (id: string) => c.caseText.criteria[id]?.label ?? id;
  const items: string[] = [];
  if (sensitivity.ok) {
    for (const s of sensitivity.criteria) {
      if (s.status === 'winner') items.push(markdownText(sensitivityLine(locale, tr, s, criterionName(s.criterionId), optionName).text));
    }
  }
  if (result.ok && result.status === 'winner') {
    const winnerTotal = result.options.find((o) => o.id === result.winner)?.total ?? 0;
    for (const o of result.options.filter((x) => x.excludedBy.length > 0 && x.total >= winnerTotal - TIE_EPSILON)) {
      const key = o.total > winnerTotal + TIE_EPSILON ? 'adr.confirmConstraint' : 'adr.confirmConstraintTie';
      items.push(tr(key, { option: c.name(o.id), requirements: c.requirementList(o.excludedBy), total: c.total(o.total) }));
    }
  }
  const r = robustness === undefined ? null : robustnessLines(locale, tr, robustness, optionName, criterionName);
  if (r !== null) items.push(...r.flips.map(markdownText));
  if (items.length > 0) lines.push(tr('adr.confirmationIntro'), '', ...items.map((t) => `* ${t}`), '');
  else lines.push(tr('sens.none'), '');
  if (r !== null) {
    lines.push(markdownText(r.summary), '');
    if (r.assumption !== '') lines.push(markdownText(r.assumption), '');
    const ranges = robustness ? rangeLines(locale, tr, c.input, robustness, optionName, criterionName, c.caseText.scoreRanges) : [];
    if (ranges.length > 0) lines.push(...ranges.map((t) => `* ${markdownText(t)}`), '');
    lines.push(markdownText(r.thresholds), '');
  }
  return lines;
}

function prosAndCons(c: Context): string[] {
  const { tr, caseText } = c;
  const lines: string[] = [];
  for (const { option } of c.ordered) {
    lines.push(`### ${c.name(option.id)}`, '');
    const stated = caseText.options[option.id];
    if (stated === undefined) {
      lines.push(tr('adr.readerOption'), '');
      const checks = c.checks(option);
      if (checks.length > 0) lines.push(...checks.map(([k, t]) => c.bullet(k, t)), '');
      continue;
    }
    lines.push(markdownText(stated.summary), '');
    const checks = c.checks(option);
    const bullets = [
      ...stated.pros.map((t) => c.bullet('good', markdownText(t))),
      ...checks.filter(([k]) => k === 'good').map(([k, t]) => c.bullet(k, t)),
      ...stated.cons.map((t) => c.bullet('bad', markdownText(t))),
      ...checks.filter(([k]) => k !== 'good').map(([k, t]) => c.bullet(k, t)),
    ];
    if (bullets.length > 0) lines.push(...bullets, '');
  }
  return lines;
}

/** What was changed from the case: weights, scores, constraints, removed and added options. */
function changes(c: Context): string[] {
  const { tr, caseInput, input } = c;
  const number = (x: number) => formatNumber(c.locale, x, 3);
  const lines: string[] = [];
  for (const cr of input.criteria) {
    const base = caseInput.criteria.find((x) => x.id === cr.id);
    if (base && base.weight !== cr.weight) lines.push(tr('adr.change.weight', { criterion: c.criterion(cr.id), from: number(base.weight), to: number(cr.weight) }));
  }
  const derived = c.derived?.changes ?? [];
  for (const o of input.options) {
    const base = caseInput.options.find((x) => x.id === o.id);
    if (base === undefined) continue;
    for (const cr of input.criteria) {
      const [from, to] = [scoreOf(base, cr.id), scoreOf(o, cr.id)];
      if (from === to) continue;
      const vars = { option: c.name(o.id), criterion: c.criterion(cr.id), from: c.score(from), to: c.score(to) };
      const read = derived.find((d) => d.optionId === o.id && d.criterionId === cr.id);
      lines.push(read ? tr('adr.change.derived', { ...vars, value: markdownText(read.value) }) : tr('adr.change.score', vars));
    }
  }
  for (const r of input.requirements) {
    const base = caseInput.requirements.find((x) => x.id === r.id);
    if (base && base.active !== r.active) lines.push(tr(r.active ? 'adr.change.on' : 'adr.change.off', { requirement: c.requirement(r.id) }));
    if (base && base.value !== r.value) {
      const quantity = (value: number) => markdownText(formatQuantity(c.locale, { comparator: r.comparator, value, unit: r.unit }));
      lines.push(tr('adr.change.threshold', { metric: markdownText(c.caseText.requirements[r.id]?.metric ?? r.id), from: quantity(base.value), to: quantity(r.value) }));
    }
  }
  const present = new Set(input.options.map((o) => o.id));
  for (const o of caseInput.options) if (!present.has(o.id)) lines.push(tr('adr.change.removed', { option: c.name(o.id) }));
  for (const o of input.options) if (c.added(o.id)) lines.push(tr('adr.change.added', { option: c.name(o.id) }));
  const rules = c.derived ? [tr('adr.derivedRules'), '', ...c.derived.rules.map((t) => `* ${markdownText(t)}`), ''] : [];
  return [...(lines.length > 0 ? [tr('adr.changes'), '', ...lines.map((t) => `* ${t}`), ''] : [tr('adr.unchanged'), '']), ...rules];
}

function moreInformation(c: Context): string[] {
  const { tr, caseText, stateUrl } = c;
  const lines = [
    tr('adr.generated', { case: link(caseText.title, caseText.pageUrl) }),
    '',
    tr('adr.stateLink', { link: link(stateUrl, stateUrl) }),
    '',
    ...changes(c),
  ];
  const sources = c.cited().flatMap((id) => {
    const s = caseText.sources[id];
    return s ? [`* ${tr('adr.source', { source: link(s.title, s.url), publisher: markdownText(s.publisher) })}`] : [];
  });
  lines.push(...(sources.length > 0 ? [tr('adr.sources'), '', ...sources, ''] : [tr('adr.noSources'), '']));
  if (c.usedUnsourced()) lines.push(tr('adr.unsourcedNote'), '');
  return lines;
}

/** What follows each heading. */
const SECTIONS: Record<(typeof ADR_HEADINGS)[number][1], (c: Context) => string[]> = {
  'adr.h.context': contextSection,
  'adr.h.drivers': drivers,
  'adr.h.options': consideredOptions,
  'adr.h.outcome': outcome,
  'adr.h.consequences': consequences,
  'adr.h.confirmation': confirmation,
  'adr.h.prosCons': prosAndCons,
  'adr.h.more': moreInformation,
};

/** The decision record as Markdown. Never throws on a valid MatrixInput; a tie or no winner is written as undecided. */
export function decisionRecord(args: AdrArgs): string {
  const c = context(args);
  // Sections are built in order: More Information, the last, lists the sources the others cited.
  const sections = ADR_HEADINGS.flatMap(([level, key]) => [`${level} ${c.tr(key)}`, '', ...SECTIONS[key](c)]);
  return [...frontMatter(c), ...title(c), ...sections].join('\n').replace(/\n+$/, '\n');
}
