import type { CaseData, ScoreRule } from '../schemas/case';
import type { ResolvedCalculator } from '../schemas/calculator';
import type { Unit } from '../schemas/common';
import { calculatorSpec } from '../content/calculator-spec';
import { MODELS } from '../engine/calculators/registry';
import { bandScore, starMeanScore } from '../engine/score-rule';
import { convert, sameDimension } from '../engine/units';

/** What a banded rule read for one option, in the rule's unit; null when it could not be read. */
export interface BandInput {
  kind: 'value';
  value: number | null;
  unit: Unit;
  /** `figure`: the option's figure in the case; `calculator`: the calculator's result at its defaults. */
  from: 'figure' | 'calculator';
  source?: string;
}

export interface StarInput {
  kind: 'stars';
  stars: readonly number[];
  assumed: boolean;
}

/** One option under one rule: what the rule read, the score it gives, and the score the data holds. */
export interface Derivation {
  optionId: string;
  input: BandInput | StarInput;
  derived: number | null;
  stated: number | undefined;
}

export interface CriterionDerivation {
  criterionId: string;
  rule: ScoreRule;
  rows: Derivation[];
}

const upperEnd = (value: number | [number, number]) => (typeof value === 'number' ? value : value[1]);

/** A calculator's result cell at its default inputs, converted to `unit`; null if missing or not convertible. */
function calculatorCell(calc: ResolvedCalculator | undefined, row: string, column: string, unit: Unit): number | null {
  const model = calc && MODELS[calc.id];
  if (!calc || !model) return null;
  const values = Object.fromEntries(calculatorSpec(calc).fields.map((f) => [f.id, f.value]));
  const result = model.compute(values);
  const cell = result.rows.find((r) => r.id === row)?.cells[result.columns.indexOf(column)];
  if (!cell || cell.value === null) return null;
  const cellUnit = cell.unit as Unit;
  try {
    return sameDimension(cellUnit, unit) ? convert(cell.value, cellUnit, unit) : null;
  } catch {
    return null; // a calculator-only unit (count, USD…) cannot feed a case rule
  }
}

/** Every rule-derived criterion of a case, with each option's input, derived score and stored score. */
export function scoreDerivations(data: CaseData, calculators: readonly ResolvedCalculator[]): CriterionDerivation[] {
  return data.criteria.flatMap((criterion) => {
    const rule = criterion.rule;
    if (!rule) return [];
    const rows = data.options.map((option): Derivation => {
      const stated = option.scores[criterion.id];
      if (rule.kind === 'star-mean') {
        const stars = rule.stars[option.id] ?? [];
        return { optionId: option.id, input: { kind: 'stars', stars, assumed: rule.assumed.includes(option.id) }, derived: starMeanScore(stars), stated };
      }
      const ref = rule.inputs[option.id];
      let input: BandInput = { kind: 'value', value: null, unit: rule.unit, from: 'figure' };
      if (ref && 'figure' in ref) {
        const figure = option.figures.find((f) => f.metric === ref.figure);
        const value = figure && sameDimension(figure.unit, rule.unit) ? convert(upperEnd(figure.value), figure.unit, rule.unit) : null;
        input = { kind: 'value', value, unit: rule.unit, from: 'figure', ...(figure ? { source: figure.source } : {}) };
      } else if (ref) {
        const calc = calculators.find((c) => c.id === ref.calculator);
        input = { kind: 'value', value: calculatorCell(calc, ref.row, ref.column, rule.unit), unit: rule.unit, from: 'calculator' };
      }
      const derived = input.value === null ? null : bandScore(input.value, rule.bands, rule.otherwise);
      return { optionId: option.id, input, derived, stated };
    });
    return [{ criterionId: criterion.id, rule, rows }];
  });
}
