import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS } from './registry';
import { decodeValues } from './url-state';
import type { CalculatorModel, CalculatorSpec, Field } from './types';

/** 10 000 runs take a few seconds; more on a busy machine. */
const FUZZ_TIMEOUT = 60_000;

/** A spec for a model with wide bounds, so that the models meet extreme but valid inputs too. */
function wideSpec(model: CalculatorModel): CalculatorSpec {
  const numbers: Field[] = model.numbers.map((id) => ({ kind: 'number', id, value: 1, min: 0, max: 1e12, step: 1, integer: false, unit: 'count' }));
  const choices: Field[] = Object.entries(model.choices).map(([id, options]) => ({ kind: 'choice', id, value: options[0] ?? '', options }));
  return { id: model.id, fields: [...choices, ...numbers] };
}

const anyValue = fc.oneof(
  fc.double(),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.string(),
);

function allFinite(result: ReturnType<CalculatorModel['compute']>): boolean {
  return Number.isFinite(result.output.value) && result.rows.every((r) => r.cells.every((c) => c.value === null || Number.isFinite(c.value)));
}

describe.each(Object.values(MODELS))('$id', (model) => {
  const spec = wideSpec(model);
  const keys = [...model.numbers, ...Object.keys(model.choices), 'constructor', '__proto__', 'x'];

  it('gives finite results for any input, malformed included', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), anyValue), (values) => {
        expect(allFinite(model.compute(values))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  }, FUZZ_TIMEOUT);

  it('reads any URL state without throwing, into values within bounds and finite results', () => {
    const query = fc.oneof(
      fc.string(),
      fc.array(fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string(), anyValue.map(String)))).map((pairs) =>
        pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
      ),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { values, ignored } = decodeValues(q, spec);
        expect(ignored.length).toBeLessThanOrEqual(11);
        for (const f of spec.fields) {
          const v = values[f.id];
          if (f.kind === 'number') expect(typeof v === 'number' && v >= f.min && v <= f.max).toBe(true);
          else expect(f.options).toContain(v);
        }
        expect(allFinite(model.compute(values))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  }, FUZZ_TIMEOUT);
});
