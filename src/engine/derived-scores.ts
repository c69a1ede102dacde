import type { CalcUnit } from '../schemas/calculator';
import type { CalculatorModel, Values } from './calculators/types';
import { bandScore, type ScoreBand } from './score-rule';
import { convert, isUnit, sameDimension } from './units';

/** Where a banded rule reads one option's value: a fixed figure, or a cell of the calculator's results. */
export type DerivedInput = { value: number | null } | { row: string; column: string; set: Readonly<Record<string, number>> };

/** One rule-derived criterion, resolved from the case data (see derivePlan in src/present/derive-plan.ts). */
export interface DerivedCriterion {
  criterionId: string;
  unit: CalcUnit;
  bands: readonly ScoreBand[];
  otherwise: number;
  inputs: Readonly<Record<string, DerivedInput>>;
}

/** The criteria of a case whose scores its calculator can derive. */
export interface DerivePlan {
  calculator: string;
  criteria: readonly DerivedCriterion[];
}

/** What a rule read for one option and the score it gives; null when the value could not be read. */
export interface DerivedScore {
  optionId: string;
  criterionId: string;
  value: number | null;
  score: number | null;
}

/** `value` in `to`; null when the units differ and cannot be converted (a count is not a size). */
export function inUnit(value: number, from: CalcUnit, to: CalcUnit): number | null {
  if (from === to) return value;
  if (!isUnit(from) || !isUnit(to) || !sameDimension(from, to)) return null;
  return convert(value, from, to);
}

/** A cell of the model's results at `values`, in `unit`; null when missing or not convertible. */
export function calculatorValue(model: CalculatorModel, values: Values, row: string, column: string, unit: CalcUnit): number | null {
  const result = model.compute(values);
  const cell = result.rows.find((r) => r.id === row)?.cells[result.columns.indexOf(column)];
  if (!cell || cell.value === null) return null;
  return inUnit(cell.value, cell.unit, unit);
}

/**
 * Every option's score on every derived criterion at the calculator's `values`: each option's value (its
 * `set` inputs applied on top of `values`) placed in the first band it fits. Pure; scores are the bands' own.
 */
export function deriveScores(plan: DerivePlan, model: CalculatorModel, values: Values): DerivedScore[] {
  return plan.criteria.flatMap((c) =>
    Object.entries(c.inputs).map(([optionId, input]): DerivedScore => {
      const value = 'value' in input ? input.value : calculatorValue(model, { ...values, ...input.set }, input.row, input.column, c.unit);
      return { optionId, criterionId: c.criterionId, value, score: value === null ? null : bandScore(value, c.bands, c.otherwise) };
    }),
  );
}
