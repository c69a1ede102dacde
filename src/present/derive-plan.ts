import type { CalcUnit, ResolvedCalculator } from '../schemas/calculator';
import type { CaseData, Option } from '../schemas/case';
import type { DerivedInput, DerivePlan } from '../engine/derived-scores';
import { inUnit } from '../engine/derived-scores';
import type { Locale } from '../i18n/locale';
import { translate } from '../i18n/translate';
import { formatCell } from './calc-format';
import { COMPARATOR_TEXT } from './quantity';
import { calculatorSpec } from '../content/calculator-spec';
import type { MatrixDerive } from '../../components/matrix/score-source';

type Amount = number | readonly [number, number];
const upperEnd = (value: Amount) => (typeof value === 'number' ? value : value[1]);

/** An option's figure on `metric` (the upper end of a range) in `unit`; null when it has none or it cannot be converted. */
export function figureValue(option: Option | undefined, metric: string, unit: CalcUnit): number | null {
  const figure = option?.figures.find((f) => f.metric === metric);
  return figure ? inUnit(upperEnd(figure.value), figure.unit, unit) : null;
}

/** An option's `set` inputs (see the case schema's rule inputs) as numbers in the calculator's units. */
export function setValues(option: Option | undefined, set: Readonly<Record<string, { figure: string }>> | undefined, calc: ResolvedCalculator): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [field, from] of Object.entries(set ?? {})) {
    const unit = calc.params.find((p) => p.id === field)?.unit;
    const value = unit === undefined ? null : figureValue(option, from.figure, unit);
    if (value !== null) values[field] = value;
  }
  return values;
}

/**
 * The case's banded rules that read its calculator, resolved for the engine: figures become numbers, and each
 * option's `set` inputs become numbers in the calculator's units. Null when no rule reads the calculator.
 */
export function derivePlan(data: CaseData, calculators: readonly ResolvedCalculator[]): DerivePlan | null {
  const calc = calculators.find((c) => c.case === data.id);
  if (!calc) return null;
  const criteria = data.criteria.flatMap((criterion) => {
    const rule = criterion.rule;
    if (rule?.kind !== 'bands' || !Object.values(rule.inputs).some((i) => 'calculator' in i && i.calculator === calc.id)) return [];
    const inputs: Record<string, DerivedInput> = {};
    for (const [optionId, ref] of Object.entries(rule.inputs)) {
      const option = data.options.find((o) => o.id === optionId);
      if ('figure' in ref) inputs[optionId] = { value: figureValue(option, ref.figure, rule.unit) };
      else if (ref.calculator !== calc.id) inputs[optionId] = { value: null };
      else inputs[optionId] = { row: ref.row, column: ref.column, set: setValues(option, ref.set, calc) };
    }
    return [{ criterionId: criterion.id, unit: rule.unit, bands: rule.bands, otherwise: rule.otherwise, inputs }];
  });
  return criteria.length === 0 ? null : { calculator: calc.id, criteria };
}

/** What the case's matrix needs to derive scores from the page's calculator; undefined when nothing derives. */
export function matrixDerive(data: CaseData, calculators: readonly ResolvedCalculator[], locale: Locale): MatrixDerive | undefined {
  const plan = derivePlan(data, calculators);
  const calc = calculators.find((c) => c.case === data.id);
  if (!plan || !calc) return undefined;
  const tr = translate(locale);
  const rules = plan.criteria.map((c) => {
    const criterion = data.criteria.find((x) => x.id === c.criterionId);
    const bands = c.bands.map((b) => tr('matrix.src.band', { comparator: COMPARATOR_TEXT[b.comparator], value: formatCell(locale, tr, b.value, c.unit), score: b.score }));
    const all = [...bands, tr('matrix.src.otherwise', { score: c.otherwise })].join(locale === 'zh' ? '，' : ', ');
    const reads = criterion?.rule?.kind === 'bands' ? (criterion.rule.reads?.[locale] ?? '') : '';
    return tr('matrix.src.rule', { criterion: criterion?.label[locale] ?? c.criterionId, reads, bands: all });
  });
  return { plan, spec: calculatorSpec(calc), rules };
}
