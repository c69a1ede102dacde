import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculatorSpec } from '../../src/content/calculator-spec';
import { loadCalculators } from '../../src/content/load';
import { MODELS } from '../../src/engine/calculators/registry';
import type { CalculatorModel, CalculatorSpec, Field } from '../../src/engine/calculators/types';
import { BROKEN_TEXT, FUZZ_RUNS, UNFILLED } from '../../src/fuzz/garbage';
import { LOCALES } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import { messagesFor } from '../../src/i18n/ui';
import { initialCalcUi, stepNumber, typeNumber } from './actions';
import { calculatorMessages } from './messages';
import { decodeValues } from './state';
import { calcView } from './view-model';

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
        const { state: values, ignored } = decodeValues(q, spec);
        expect(ignored.length).toBeLessThanOrEqual(21);
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

/** Every string and number a view holds, however deep. */
function collect(value: unknown, texts: string[], numbers: number[]): void {
  if (typeof value === 'string') texts.push(value);
  else if (typeof value === 'number') numbers.push(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, texts, numbers);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) collect(v, texts, numbers);
}

const root = new URL('../..', import.meta.url).pathname;

describe.each(loadCalculators(root).map((c) => ({ id: c.id, spec: calculatorSpec(c) })))('the $id calculator as the island shows it', ({ spec }) => {
  const numbers = spec.fields.filter((f) => f.kind === 'number').map((f) => f.id);
  const typing = fc.array(
    fc.tuple(fc.constantFrom(...numbers), fc.oneof(fc.string(), anyValue.map(String), fc.constantFrom('', '1,000', '1e3', '-1', '0.5')), fc.constantFrom<0 | 1 | -1>(0, 1, -1)),
    { maxLength: 5 },
  );

  it('anything typed or stepped keeps valid values in use and a view with finite numbers and clean text', () => {
    fc.assert(
      fc.property(typing, (steps) => {
        let ui = initialCalcUi(spec);
        for (const [id, text, step] of steps) ui = step === 0 ? typeNumber(ui, spec, id, text) : (stepNumber(ui, spec, id, step) ?? ui);
        for (const f of spec.fields) if (f.kind === 'number') expect(Number.isFinite(ui.values[f.id])).toBe(true);
        for (const locale of LOCALES) {
          const view = calcView({ locale, spec, sources: {} }, { ...ui, raw: {} }, translator(messagesFor(locale, calculatorMessages(spec.id))));
          const texts: string[] = [];
          const found: number[] = [];
          collect(view, texts, found);
          expect(found.every(Number.isFinite)).toBe(true);
          expect(texts.filter((t) => BROKEN_TEXT.test(t) || UNFILLED.test(t) || t.startsWith('calc.') || t.startsWith('input.'))).toEqual([]);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT);
});
