import fc from 'fast-check';
import { ADVISOR_FIELD_NAMES, ADVISOR_FIELDS, type AdvisorInput, type AdvisorValue, type FieldSpec } from '../engine/advisor-fields';

/** Valid advisor answers, for property tests. */
export function valueArbitrary(spec: FieldSpec): fc.Arbitrary<AdvisorValue> {
  switch (spec.kind) {
    case 'choice':
      return fc.constantFrom(...(spec.values as readonly AdvisorValue[]));
    case 'flag':
      return fc.boolean();
    case 'number': {
      // Small values hit the thresholds (2, 50, 100, then 512 and 2048 MB); the full range covers the rest.
      const small = fc.oneof(fc.integer({ min: spec.min, max: 120 }), fc.integer({ min: spec.min, max: Math.min(spec.max, 4096) }));
      const number = spec.integer
        ? fc.oneof(small, fc.integer({ min: spec.min, max: spec.max }))
        : fc.oneof(small, fc.double({ min: spec.min, max: spec.max, noNaN: true }));
      return spec.nullable ? fc.option(number, { nil: null }) : number;
    }
  }
}
export const inputArbitrary = fc.record(
  Object.fromEntries(ADVISOR_FIELD_NAMES.map((f) => [f, valueArbitrary(ADVISOR_FIELDS[f])])),
) as fc.Arbitrary<AdvisorInput>;

/** Whether every answer is one its question accepts. */
export function isValidAdvisorInput(input: AdvisorInput): boolean {
  return ADVISOR_FIELD_NAMES.every((field) => {
    const spec = ADVISOR_FIELDS[field];
    const value = input[field];
    if (spec.kind === 'choice') return typeof value === 'string' && spec.values.includes(value);
    if (spec.kind === 'flag') return typeof value === 'boolean';
    if (value === null) return spec.nullable;
    return typeof value === 'number' && value >= spec.min && value <= spec.max && (!spec.integer || Number.isInteger(value));
  });
}
