import type { MatrixInput } from '../engine/matrix-input';
import type { MatrixResult } from '../engine/matrix';
import { formatFixed, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import type { SensitivityReport } from './sensitivity-report';

/** Escapes what would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The matrix as Markdown for pasting into a design document: the table (excluded options unranked and marked),
 * where derived scores come from, the hard constraints in force with what they exclude, the result and what would change it, and the link.
 */
export function matrixMarkdown(args: {
  locale: Locale;
  tr: Translate;
  title: string;
  input: MatrixInput;
  result: MatrixResult;
  criterionName: (id: string) => string;
  optionName: (id: string) => string;
  requirementName: (id: string) => string;
  summary: string;
  sensitivity: SensitivityReport;
  /** When the scores come from the page's calculator: its rules and which scores that changed, worded. */
  derived: { rules: string[]; changes: string } | null;
  url: string;
}): string {
  const { locale, tr, input, result, criterionName, optionName, requirementName, sensitivity } = args;
  const joined = (items: string[]) => items.join(locale === 'zh' ? '、' : ', ');
  const fractions = result.ok ? new Map(result.weights.map((w) => [w.id, w.fraction])) : new Map<string, number>();
  const head = [tr('col.option'), ...input.criteria.map((c) => {
    const f = fractions.get(c.id);
    return `${criterionName(c.id)} (${f === undefined ? '–' : formatPercent(locale, f)})`;
  })];
  if (result.ok) head.push(tr('matrix.total'), tr('matrix.rank'));
  const rows = input.options.map((o, i) => {
    const r = result.ok ? result.options[i] : undefined;
    const scores = input.criteria.map((c) => String(o.scores[c.id] ?? ''));
    const rank = r?.eligibleRank == null ? tr('md.excluded') : String(r.eligibleRank);
    const extra = r ? [formatFixed(locale, r.total, 2), rank] : [];
    return { excluded: (r?.excludedBy.length ?? 0) > 0, cells: [optionName(o.id), ...scores, ...extra] };
  });
  const ordered = [...rows.filter((r) => !r.excluded), ...rows.filter((r) => r.excluded)];
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const active = input.requirements.filter((r) => r.active);
  const exclusions = result.ok
    ? result.options.flatMap((r) => (r.excludedBy.length > 0 ? [`- ${tr('md.excludedOption', { option: optionName(r.id), requirements: joined(r.excludedBy.map(requirementName)) })}`] : []))
    : [];
  const sentences = (part: SensitivityReport['withConstraints']) => (part.none ? [`- ${part.none}`] : part.lines.map((l) => `- ${l.text}`));
  const without = sensitivity.withoutConstraints;
  const derived = args.derived;
  return [
    `### ${args.title}`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...ordered.map((r) => line(r.cells)),
    '',
    ...(derived ? [`**${tr('matrix.src.legend')}**: ${derived.changes}`, '', ...derived.rules.map((r) => `- ${r}`), ''] : []),
    `**${tr('md.constraints')}**: ${active.length === 0 ? tr('md.noConstraints') : joined(active.map((r) => requirementName(r.id)))}`,
    ...(exclusions.length > 0 ? ['', ...exclusions] : []),
    '',
    `**${tr('md.result')}**: ${args.summary}`,
    '',
    `**${tr('matrix.sensitivity')}**`,
    '',
    ...sentences(sensitivity.withConstraints),
    ...(without ? ['', `${tr('sens.withoutConstraints')} ${without.summary}`, '', ...sentences(without)] : []),
    '',
    `${tr('md.link')}: ${args.url}`,
    '',
  ].join('\n');
}
