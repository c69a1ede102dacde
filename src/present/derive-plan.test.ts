/** Scores derived from a calculator are whole scores 1–5 whatever valid inputs the reader gives the calculator. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODELS } from '../engine/calculators/registry';
import type { Field } from '../engine/calculators/types';
import { deriveScores } from '../engine/derived-scores';
import { loadCalculators, loadCases, loadSources } from '../content/load';
import { calculatorSpec } from '../content/calculator-spec';
import { derivePlan } from './derive-plan';

const root = new URL('../..', import.meta.url).pathname;
const sources = loadSources(root);
const cases = loadCases(root, sources);
const calculators = loadCalculators(root, sources, cases);

/** Any value the calculator's own codec accepts for a field: within its bounds, whole where it must be. */
const fieldValue = (f: Field): fc.Arbitrary<number | string> =>
  f.kind === 'choice'
    ? fc.constantFrom(...f.options)
    : f.integer
      ? fc.integer({ min: Math.ceil(f.min), max: Math.floor(Math.min(f.max, Number.MAX_SAFE_INTEGER)) })
      : fc.oneof(fc.double({ min: f.min, max: f.max, noNaN: true }), fc.constantFrom(f.min, f.max, f.value));

describe('derived scores', () => {
  it('serverless, edge and service mesh derive scores from their calculators', () => {
    expect(['serverless', 'edge', 'service-mesh'].map((id) => derivePlan(cases.find((c) => c.id === id)!, calculators)?.calculator)).toEqual([
      'serverless-cost',
      'edge-density',
      'mesh-overhead',
    ]);
  });

  for (const c of cases) {
    const plan = derivePlan(c, calculators);
    const calc = calculators.find((x) => x.id === plan?.calculator);
    if (!plan || !calc) continue;
    const spec = calculatorSpec(calc);
    const model = MODELS[plan.calculator]!;
    it(`${c.id}: every derived score is a whole number 1–5 (or none, where the value cannot be read) for any valid inputs`, () => {
      const values = fc.tuple(...spec.fields.map(fieldValue)).map((vs) => Object.fromEntries(spec.fields.map((f, k) => [f.id, vs[k]!])));
      fc.assert(
        fc.property(values, (v) => {
          const derived = deriveScores(plan, model, v);
          expect(derived.length).toBe(plan.criteria.length * c.options.length);
          for (const d of derived) {
            if (d.score === null) expect(d.value).toBeNull();
            else expect(Number.isInteger(d.score) && d.score >= 1 && d.score <= 5).toBe(true);
          }
        }),
        { numRuns: 500 },
      );
    });
  }

  it('the rule’s thresholds decide: at the defaults the bands give the scores the case data states for service mesh', () => {
    const mesh = cases.find((c) => c.id === 'service-mesh')!;
    const plan = derivePlan(mesh, calculators)!;
    const spec = calculatorSpec(calculators.find((x) => x.id === plan.calculator)!);
    const derived = deriveScores(plan, MODELS[plan.calculator]!, Object.fromEntries(spec.fields.map((f) => [f.id, f.value])));
    for (const d of derived) expect(d.score).toBe(mesh.options.find((o) => o.id === d.optionId)?.scores[d.criterionId]);
  });
});
