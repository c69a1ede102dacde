import { parseField } from '../../src/engine/calculators/parse-input';
import type { CalculatorSpec, Field, Values } from '../../src/engine/calculators/types';
import { readParams, type Ignore, type WidgetCodec } from '../widget-kit/params';

/**
 * A calculator's state in its section of the URL hash (`#calc=<id>&<field>=<value>&…`, see
 * components/widget-kit/hash.ts): only the fields that differ from the defaults, in field order.
 */
export type CalcValues = Record<string, number | string>;

/** The defaults of every field. */
export function defaultValues(spec: CalculatorSpec): CalcValues {
  return Object.fromEntries(spec.fields.map((f) => [f.id, f.value]));
}

/** The section's query for `values`: '' when they equal the defaults. */
export function encodeValues(spec: CalculatorSpec, values: Values): string {
  const params = new URLSearchParams();
  for (const f of spec.fields) {
    const v = Object.hasOwn(values, f.id) ? values[f.id] : undefined;
    if (v !== undefined && v !== f.value) params.append(f.id, String(v));
  }
  return params.toString();
}

function readField(field: Field, raw: string, shown: string, ignore: Ignore): number | string | undefined {
  if (field.kind === 'choice') {
    if (field.options.includes(raw)) return raw;
    ignore('bad-choice', shown);
    return undefined;
  }
  const parsed = parseField(raw, field);
  if (parsed.ok) return parsed.value;
  ignore(parsed.problem, shown);
  return undefined;
}

/** Reads a calculator's section. NEVER throws: what it cannot use keeps its default and is listed in `ignored`. */
export function decodeValues(query: string, spec: CalculatorSpec) {
  const fields = new Map(spec.fields.map((f) => [f.id, f]));
  const values = defaultValues(spec);
  const visit = (key: string, raw: string, ignore: Ignore) => {
    const field = fields.get(key);
    const shown = `${key}=${raw}`;
    if (!field) return ignore('unknown-setting', shown);
    const value = readField(field, raw, shown, ignore);
    if (value !== undefined) values[key] = value;
  };
  return readParams(query, visit, () => values, () => defaultValues(spec));
}

/** The calculator's codec for its section of the URL hash. */
export function calcCodec(spec: CalculatorSpec): WidgetCodec<CalcValues> {
  return { encode: (values) => encodeValues(spec, values), decode: (query) => decodeValues(query, spec) };
}
