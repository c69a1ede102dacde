import { MODELS } from '../../src/engine/calculators/registry';
import type { CalcResult, CalculatorModel, CalculatorSpec } from '../../src/engine/calculators/types';
import { formatNumber } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import { formatCell, unitLabel } from '../../src/present/calc-format';
import { ignoredText } from '../widget-kit/ignored-text';
import type { CalcUi } from './actions';
import type { FieldSource } from './field-source';

export interface CalcViewProps {
  locale: Locale;
  spec: CalculatorSpec;
  sources: Record<string, FieldSource>;
}

export type FieldView =
  | { kind: 'choice'; id: string; domId: string; label: string; value: string; options: { value: string; label: string }[] }
  | {
      kind: 'number';
      id: string;
      domId: string;
      label: string;
      unit: string;
      text: string;
      /** The message next to the field; null when what it holds is valid. */
      problem: string | null;
      problemCode: string | null;
      source: FieldSource | undefined;
    };

/** Everything the calculator island shows, computed from its state. */
export interface CalcView {
  widgetLabel: string;
  ignored: string | null;
  output: { label: string; value: number; text: string };
  resultsLabel: string;
  columns: string[];
  rows: { id: string; label: string; selected: boolean; cells: { value: number | null; text: string }[] }[];
  fields: FieldView[];
  /** Why the selected row is not the best on the model's deciding figure; null when it is. */
  remark: string | null;
}

const key = (k: string) => k as UiKey;
type Row = CalcResult['rows'][number];

/** Names or figures as a list in the page's language. */
function list(locale: Locale, items: string[]): string {
  return locale === 'zh' ? items.join('、') : new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
}

/**
 * When the selected row falls short of the best on the model's deciding column: the rows that do best, and the
 * figure that makes the difference, in a sentence (`calc.<id>.notBest`).
 */
function remark(locale: Locale, tr: Translate, id: string, model: CalculatorModel, result: CalcResult): string | null {
  if (!model.best) return null;
  const { column, cause } = model.best;
  const value = (row: Row, i: number) => row.cells[i]?.value ?? 0;
  const selected = result.rows.find((r) => r.selected);
  const top = Math.max(...result.rows.map((r) => value(r, column)));
  if (!selected || value(selected, column) >= top) return null;
  const best = result.rows.filter((r) => value(r, column) === top);
  const cell = (row: Row, i: number) => formatCell(locale, tr, row.cells[i]?.value ?? null, row.cells[i]?.unit ?? 'count');
  const name = (row: Row) => tr('ui.quoted', { text: tr(key(`calc.${id}.row.${row.id}`)) });
  return tr(key(`calc.${id}.notBest`), {
    selected: name(selected),
    count: cell(selected, column),
    best: list(locale, best.map(name)),
    bestCount: cell(best[0] ?? selected, column),
    each: cell(selected, cause),
    bestEach: list(locale, best.map((r) => cell(r, cause))),
  });
}

/** Null when the spec names no model (the page then shows no calculator). */
export function calcView({ locale, spec, sources }: CalcViewProps, ui: CalcUi, tr: Translate): CalcView | null {
  const model = MODELS[spec.id];
  if (!model) return null;
  const result = model.compute(ui.values);
  const p = `calc.${spec.id}`;
  return {
    widgetLabel: tr('calc.ui.widget', { name: tr(key(`${p}.name`)) }),
    ignored: ignoredText(tr, ui.ignored),
    output: { label: `${tr(key(`${p}.output`))}${tr('ui.colon')}`, value: result.output.value, text: formatCell(locale, tr, result.output.value, result.output.unit) },
    resultsLabel: tr('calc.ui.results'),
    columns: result.columns.map((c) => tr(key(`${p}.col.${c}`))),
    rows: result.rows.map((row) => ({
      id: row.id,
      label: tr(key(`${p}.row.${row.id}`)),
      selected: row.selected,
      cells: row.cells.map((cell) => ({ value: cell.value, text: formatCell(locale, tr, cell.value, cell.unit) })),
    })),
    remark: remark(locale, tr, spec.id, model, result),
    fields: spec.fields.map((field): FieldView => {
      const domId = `${spec.id}-${field.id}`;
      if (field.kind === 'choice') {
        return {
          kind: 'choice',
          id: field.id,
          domId,
          label: tr(key(`${p}.choice.${field.id}`)),
          value: String(ui.values[field.id]),
          options: field.options.map((o) => ({ value: o, label: tr(key(`${p}.row.${o}`)) })),
        };
      }
      const problem = Object.hasOwn(ui.problems, field.id) ? ui.problems[field.id] : undefined;
      const range = { min: formatNumber(locale, field.min, 8), max: formatNumber(locale, field.max, 8) };
      return {
        kind: 'number',
        id: field.id,
        domId,
        label: tr(key(`${p}.field.${field.id}`)),
        unit: unitLabel(tr, field.unit) === '' ? '' : tr('ui.aside', { text: unitLabel(tr, field.unit) }),
        text: ui.raw[field.id] ?? '',
        problem: problem ? tr(key(`input.problem.${problem}`), range) : null,
        problemCode: problem ?? null,
        source: sources[field.id],
      };
    }),
  };
}
