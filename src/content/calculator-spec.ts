import type { CalculatorSpec, Field } from '../engine/calculators/types';
import type { ResolvedCalculator } from '../schemas/calculator';

/** The engine's view of a calculator's data: its choices, then its numeric parameters, with their defaults. */
export function calculatorSpec(calc: ResolvedCalculator): CalculatorSpec {
  const fields: Field[] = [
    ...calc.choices.map((c): Field => ({ kind: 'choice', id: c.id, value: c.value, options: c.options })),
    ...calc.params.map((p): Field => ({ kind: 'number', id: p.id, value: p.value, min: p.min, max: p.max, step: p.step, integer: p.integer, unit: p.unit })),
  ];
  return { id: calc.id, fields };
}
