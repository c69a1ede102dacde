import type { CalcUnit } from '../../schemas/calculator';
import type { CalcResult, Values } from './types';

/**
 * A number input for a model: finite and not negative, else 0. Models call this rather than trusting their
 * input, so that no value (a bug, a hand-made link) can turn a result into NaN or Infinity.
 */
export function num(values: Values, id: string): number {
  const v = values[id];
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
}

/** A choice input for a model: one of `options`, else the first. */
export function pick<T extends string>(values: Values, id: string, options: readonly T[]): T {
  const v = values[id];
  return options.find((o) => o === v) ?? (options[0] as T);
}

/** a / b, or 0 when b is 0 (an empty device holds no instances; nothing divided by nothing is nothing). */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/** A finite number, 0 if not: the last guard before a result leaves a model. */
export function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

/** The primary output of a model that compares alternatives: one column of the selected row (0 if it has none). */
export function selectedOutput(rows: CalcResult['rows'], column: number, unit: CalcUnit): CalcResult['output'] {
  return { value: rows.find((r) => r.selected)?.cells[column]?.value ?? 0, unit };
}
