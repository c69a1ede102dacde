import type { MatrixInput } from '../engine/matrix-input';
import type { MatrixResult } from '../engine/matrix';
import { formatFixed, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';

/** Escapes what would break a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The matrix as a Markdown table with its result, for pasting into a design document. */
export function matrixMarkdown(args: {
  locale: Locale;
  tr: Translate;
  title: string;
  input: MatrixInput;
  result: MatrixResult;
  criterionName: (id: string) => string;
  optionName: (id: string) => string;
  summary: string;
  url: string;
}): string {
  const { locale, tr, input, result, criterionName, optionName } = args;
  const fractions = result.ok ? new Map(result.weights.map((w) => [w.id, w.fraction])) : new Map<string, number>();
  const head = [tr('col.option'), ...input.criteria.map((c) => {
    const f = fractions.get(c.id);
    return `${criterionName(c.id)} (${f === undefined ? '–' : formatPercent(locale, f)})`;
  })];
  if (result.ok) head.push(tr('matrix.total'), tr('matrix.rank'));
  const rows = input.options.map((o, i) => {
    const r = result.ok ? result.options[i] : undefined;
    const scores = input.criteria.map((c) => String(o.scores[c.id] ?? ''));
    const extra = r ? [formatFixed(locale, r.total, 2), String(r.rank)] : [];
    return [optionName(o.id), ...scores, ...extra];
  });
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    `### ${args.title}`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map(line),
    '',
    `**${tr('md.result')}**: ${args.summary}`,
    '',
    `${tr('md.link')}: ${args.url}`,
    '',
  ].join('\n');
}
