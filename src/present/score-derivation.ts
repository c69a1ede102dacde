import type { CaseData, ScoreRule } from '../schemas/case';
import type { CalcUnit, ResolvedCalculator } from '../schemas/calculator';
import { calculatorSpec } from '../content/calculator-spec';
import { MODELS } from '../engine/calculators/registry';
import { calculatorValue } from '../engine/derived-scores';
import { bandScore, starMeanScore } from '../engine/score-rule';
import { figureValue, setValues } from './derive-plan';

/** What a banded rule read for one option, in the rule's unit; null when it could not be read. */
export interface BandInput {
  kind: 'value';
  value: number | null;
  unit: CalcUnit;
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

/** A calculator's result cell at its default inputs (with `set` on top), in `unit`; null if missing or not convertible. */
function calculatorCell(calc: ResolvedCalculator | undefined, row: string, column: string, unit: CalcUnit, set: Record<string, number>): number | null {
  const model = calc && MODELS[calc.id];
  if (!calc || !model) return null;
  return calculatorValue(model, { ...Object.fromEntries(calculatorSpec(calc).fields.map((f) => [f.id, f.value])), ...set }, row, column, unit);
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
        input = { kind: 'value', value: figureValue(option, ref.figure, rule.unit), unit: rule.unit, from: 'figure', ...(figure ? { source: figure.source } : {}) };
      } else if (ref) {
        const calc = calculators.find((c) => c.id === ref.calculator);
        const set = calc ? setValues(option, ref.set, calc) : {};
        input = { kind: 'value', value: calculatorCell(calc, ref.row, ref.column, rule.unit, set), unit: rule.unit, from: 'calculator' };
      }
      const derived = input.value === null ? null : bandScore(input.value, rule.bands, rule.otherwise);
      return { optionId: option.id, input, derived, stated };
    });
    return [{ criterionId: criterion.id, rule, rows }];
  });
}
