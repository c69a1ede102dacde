import type { CalcUnit } from '../../schemas/calculator';

/** A numeric input as the engine sees it: default, bounds, step, unit. */
export interface NumberField {
  kind: 'number';
  id: string;
  value: number;
  min: number;
  max: number;
  step: number;
  integer: boolean;
  unit: CalcUnit;
}

/** A choice between named alternatives. */
export interface ChoiceField {
  kind: 'choice';
  id: string;
  value: string;
  options: readonly string[];
}

export type Field = NumberField | ChoiceField;

/** A calculator's inputs with their defaults: what the model, the URL codec and the view share. */
export interface CalculatorSpec {
  id: string;
  fields: readonly Field[];
}

/** Current input values by field id: numbers for number fields, option ids for choices. */
export type Values = Readonly<Record<string, number | string>>;

/** A figure in the results; null where the model has no figure (shown as a dash). */
export interface Cell {
  value: number | null;
  unit: CalcUnit;
}

/**
 * What a model returns: the one figure the calculator answers (`output`) and a table comparing the
 * alternatives, one row per alternative, one cell per column. Every number is finite.
 */
export interface CalcResult {
  output: { value: number; unit: CalcUnit };
  columns: readonly string[];
  rows: readonly { id: string; cells: readonly Cell[]; selected: boolean }[];
}

/** A calculator's model: which inputs it reads, and the pure function from inputs to results. */
export interface CalculatorModel {
  id: string;
  numbers: readonly string[];
  choices: Readonly<Record<string, readonly string[]>>;
  compute: (values: Values) => CalcResult;
  /**
   * For a model whose rows compete on one figure: the column where more is better, and the column that explains
   * a difference in it. The view says why when the selected row is not the best.
   */
  best?: { column: number; cause: number };
}
