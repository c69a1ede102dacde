import { parseField, stepped, type InputProblem } from '../../src/engine/calculators/parse-input';
import type { CalculatorSpec } from '../../src/engine/calculators/types';
import type { Ignored } from '../widget-kit/params';
import { defaultValues, type CalcValues } from './state';

/**
 * Everything the calculator island holds, and the pure transitions its inputs trigger. Text that is not a valid
 * value stays in its field with its problem, and the last valid values stay in use.
 */
export interface CalcUi {
  values: CalcValues;
  /** What each number field shows: the text as typed. */
  raw: Record<string, string>;
  problems: Record<string, InputProblem>;
  ignored: Ignored[];
}

const asText = (values: CalcValues) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));

export function initialCalcUi(spec: CalculatorSpec): CalcUi {
  const values = defaultValues(spec);
  return { values, raw: asText(values), problems: {}, ignored: [] };
}

export function restoredCalc(values: CalcValues, ignored: Ignored[]): CalcUi {
  return { values, raw: asText(values), problems: {}, ignored };
}

export function typeNumber(ui: CalcUi, spec: CalculatorSpec, id: string, text: string): CalcUi {
  const field = spec.fields.find((f) => f.id === id);
  if (field?.kind !== 'number') return ui;
  const parsed = parseField(text, field);
  const { [id]: _, ...problems } = ui.problems;
  return {
    ...ui,
    raw: { ...ui.raw, [id]: text },
    problems: parsed.ok ? problems : { ...problems, [id]: parsed.problem },
    values: parsed.ok ? { ...ui.values, [id]: parsed.value } : ui.values,
  };
}

/** The arrow keys: one step up or down from a valid value; null (nothing to do) when the field's text is not one. */
export function stepNumber(ui: CalcUi, spec: CalculatorSpec, id: string, direction: 1 | -1): CalcUi | null {
  const field = spec.fields.find((f) => f.id === id);
  if (field?.kind !== 'number') return null;
  const parsed = parseField(ui.raw[id] ?? '', field);
  return parsed.ok ? typeNumber(ui, spec, id, String(stepped(parsed.value, field, direction))) : null;
}

export function choose(ui: CalcUi, spec: CalculatorSpec, id: string, value: string): CalcUi {
  const field = spec.fields.find((f) => f.id === id);
  if (field?.kind !== 'choice' || !field.options.includes(value)) return ui;
  return { ...ui, values: { ...ui.values, [id]: value } };
}
