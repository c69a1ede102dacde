import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseField, stepped } from './parse-input';
import type { NumberField } from './types';

const field: NumberField = { kind: 'number', id: 'memory', value: 128, min: 1, max: 10_240, step: 1, integer: false, unit: 'MB' };
const count: NumberField = { ...field, id: 'gpus', min: 0, max: 64, integer: true, unit: 'count' };

describe('parseField', () => {
  it('reads plain, grouped and exponent notation', () => {
    expect(parseField('512', field)).toEqual({ ok: true, value: 512 });
    expect(parseField(' 1,024 ', field)).toEqual({ ok: true, value: 1024 });
    expect(parseField('1 024', field)).toEqual({ ok: true, value: 1024 });
    expect(parseField('1e3', field)).toEqual({ ok: true, value: 1000 });
    expect(parseField('.5e1', field)).toEqual({ ok: true, value: 5 });
  });

  it('names the problem with bad input', () => {
    expect(parseField('', field)).toEqual({ ok: false, problem: 'empty' });
    expect(parseField('   ', field)).toEqual({ ok: false, problem: 'empty' });
    expect(parseField('abc', field)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseField('12MB', field)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseField('NaN', field)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseField('Infinity', field)).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseField('-5', field)).toEqual({ ok: false, problem: 'negative' });
    expect(parseField('0.5', field)).toEqual({ ok: false, problem: 'below-min' });
    expect(parseField('20000', field)).toEqual({ ok: false, problem: 'above-max' });
    expect(parseField('1e400', field)).toEqual({ ok: false, problem: 'above-max' });
    expect(parseField('2.5', count)).toEqual({ ok: false, problem: 'not-whole' });
  });

  it('turns negative zero into zero', () => {
    const zero = parseField('-0', count);
    expect(zero.ok && Object.is(zero.value, 0)).toBe(true);
  });

  it('never throws, and accepted values are finite, in range and whole where they must be', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String), fc.integer().map(String)), fc.boolean(), (raw, whole) => {
        const f = whole ? count : field;
        const parsed = parseField(raw, f);
        if (parsed.ok) {
          expect(Number.isFinite(parsed.value)).toBe(true);
          expect(parsed.value).toBeGreaterThanOrEqual(f.min);
          expect(parsed.value).toBeLessThanOrEqual(f.max);
          if (f.integer) expect(Number.isInteger(parsed.value)).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});

describe('stepped', () => {
  it('moves one step within the bounds, without floating-point noise', () => {
    expect(stepped(128, field, 1)).toBe(129);
    expect(stepped(1, field, -1)).toBe(1);
    expect(stepped(10_240, field, 1)).toBe(10_240);
    expect(stepped(0.1, { ...field, min: 0, step: 0.1 }, 1)).toBe(0.2);
    expect(stepped(0.00001667, { ...field, min: 0, step: 0.000001 }, 1)).toBe(0.00001767);
  });
});
