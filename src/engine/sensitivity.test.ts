import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateWithFractions, normaliseWeights } from './matrix';
import type { MatrixInput, MatrixRequirement } from './matrix-input';
import {
  analyseSensitivity,
  moveWeight,
  rawWeightFor,
  type CriterionSensitivity,
} from './sensitivity';

function matrix(criteria: Record<string, number>, options: Record<string, number[]>, requirements: MatrixRequirement[] = []): MatrixInput {
  const ids = Object.keys(criteria);
  return {
    criteria: ids.map((id) => ({ id, weight: criteria[id] ?? 0 })),
    options: Object.entries(options).map(([id, s]) => ({
      id,
      scores: Object.fromEntries(ids.map((c, k) => [c, s[k] ?? 1])),
      figures: [],
    })),
    requirements,
  };
}

function criteriaOf(input: MatrixInput): CriterionSensitivity[] {
  const r = analyseSensitivity(input);
  if (!r.ok) throw new Error(r.reason);
  return r.criteria;
}

const edge = matrix(
  { startup: 0.3, resources: 0.3, runtime_perf: 0.2, compatibility: 0.2 },
  { opt1: [2, 3, 4, 5], opt2: [5, 5, 5, 3], opt3: [3, 4, 4, 4] },
);
const serverless = matrix(
  { startup: 0.4, resources: 0.3, billing: 0.2, compatibility: 0.1 },
  { opt1: [2, 3, 2, 5], opt2: [5, 5, 5, 3], opt3: [3, 4, 3, 4] },
);
const enterprise = matrix(
  { isolation: 0.4, compatibility: 0.3, stability: 0.2, ops: 0.1 },
  { vm: [5, 5, 5, 3], container: [3, 4, 5, 5], kata: [5, 4, 4, 3] },
);

describe('analyseSensitivity, worked by hand', () => {
  it('edge: Docker overtakes WasmEdge once compatibility reaches 17/33', () => {
    // Compatibility at x; the others (.3, .3, .2 of .8) keep the shares .375, .375, .25 of 1 − x.
    //   R_opt1 = .375·2 + .375·3 + .25·4 = 2.875 → T1 = 2.875 + (5 − 2.875)x = 2.875 + 2.125x
    //   R_opt2 = 5                               → T2 = 5 + (3 − 5)x        = 5 − 2x
    //   R_opt3 = .375·3 + .375·4 + .25·4 = 3.625 → T3 = 3.625 + .375x
    // (at x = .2: 3.3, 4.6, 3.7 as in the matrix)
    // T1 = T2 ⇔ 4.125x = 2.125 ⇔ x = 17/33 ≈ .515; T3 = T2 ⇔ 2.375x = 1.375 ⇔ x = 11/19 ≈ .579.
    // Going down, T2 − T1 and T2 − T3 only grow: lo = 0.
    // Raw weight: 17/33 · (.3 + .3 + .2) / (16/33) = .8 · 17/16 = .85.
    const compat = criteriaOf(edge)[3];
    expect(compat).toEqual({
      status: 'winner',
      criterionId: 'compatibility',
      current: expect.closeTo(0.2, 12),
      winner: 'opt2',
      lo: 0,
      hi: expect.closeTo(17 / 33, 12),
      belowTakesOver: null,
      aboveTakesOver: 'opt1',
    });
    if (compat?.status === 'winner') expect(compat.hi).toBeCloseTo(17 / 33, 12);
    expect(rawWeightFor(17 / 33, [0.3, 0.3, 0.2])).toBeCloseTo(0.85, 12);
  });

  it('edge: WasmEdge wins at every startup weight', () => {
    // Startup at x; the others (.3, .2, .2 of .7) → 3/7, 2/7, 2/7.
    //   T1 = 27/7 − 13/7·x, T2 = 31/7 + 4/7·x, T3 = 4 − x
    //   T2 − T1 = 4/7 + 17/7·x > 0 and T2 − T3 = 3/7 + 11/7·x > 0 on [0, 1] → [0, 1]
    expect(criteriaOf(edge)[0]).toMatchObject({ lo: 0, hi: 1, belowTakesOver: null, aboveTakesOver: null });
  });

  it('serverless: opt1 overtakes opt2 once compatibility reaches 4/7', () => {
    // Compatibility at x; the others .4, .3, .2 of .9 → 4/9, 3/9, 2/9.
    //   R1 = (8 + 9 + 4)/9 = 7/3  → T1 = 7/3 + 8/3·x
    //   R2 = (20 + 15 + 10)/9 = 5 → T2 = 5 − 2x
    //   R3 = (12 + 12 + 6)/9 = 10/3 → T3 = 10/3 + 2/3·x
    // (at x = .1: 2.6, 4.8, 3.4) T1 = T2 ⇔ 14/3·x = 8/3 ⇔ x = 4/7; T3 = T2 ⇔ 8/3·x = 5/3 ⇔ x = 5/8 (later).
    expect(criteriaOf(serverless)[3]).toMatchObject({ winner: 'opt2', lo: 0, hi: expect.closeTo(4 / 7, 12), aboveTakesOver: 'opt1' });
  });

  it('enterprise: Container overtakes VM once ops reaches 11/29; VM keeps isolation at any weight', () => {
    // Ops at x; others .4, .3, .2 of .9 → 4/9, 3/9, 2/9.
    //   VM: R = 45/9 = 5 → 5 − 2x; Container: R = 34/9 → 34/9 + 11/9·x; Kata: R = 40/9 → 40/9 − 13/9·x
    //   VM − Container = 11/9 − 29/9·x → 0 at x = 11/29 ≈ .379
    //   VM − Kata = 5/9 − 5/9·x → 0 only at x = 1 (a tie at the end, no takeover inside)
    // Isolation at x; others .3, .2, .1 of .6 → 1/2, 1/3, 1/6.
    //   VM = 14/3 + x/3, Container = 9/2 − 3/2·x, Kata = 23/6 + 7/6·x
    //   VM − Container = 1/6 + 11/6·x > 0; VM − Kata = 5/6 − 5/6·x ≥ 0 → [0, 1]
    const [isolation, , , ops] = criteriaOf(enterprise);
    expect(ops).toMatchObject({ winner: 'vm', lo: 0, hi: expect.closeTo(11 / 29, 12), aboveTakesOver: 'container' });
    expect(isolation).toMatchObject({ winner: 'vm', lo: 0, hi: 1, belowTakesOver: null, aboveTakesOver: null });
  });

  it('finds a lower bound too', () => {
    // a, b at .5 each; x = (5, 1) → 3, y = (1, 4) → 2.5.
    // Criterion a at t: x = 1 + 4t, y = 4 − 3t → equal at t = 3/7: [3/7, 1], y takes over below.
    // Criterion b at t: x = 5 − 4t, y = 1 + 3t → equal at t = 4/7: [0, 4/7], y takes over above.
    const [a, b] = criteriaOf(matrix({ a: 1, b: 1 }, { x: [5, 1], y: [1, 4] }));
    expect(a).toMatchObject({ lo: expect.closeTo(3 / 7, 12), hi: 1, belowTakesOver: 'y', aboveTakesOver: null });
    expect(b).toMatchObject({ lo: 0, hi: expect.closeTo(4 / 7, 12), belowTakesOver: null, aboveTakesOver: 'y' });
  });

  it('ignores excluded options: with WasmEdge excluded, Docker overtakes gVisor at 3/7', () => {
    // From the edge lines: T3 − T1 = .75 − 1.75x → 0 at x = 3/7.
    const m: MatrixInput = {
      ...edge,
      options: edge.options.map((o) =>
        o.id === 'opt2' ? { ...o, figures: [{ metric: 'mem', comparator: '~', value: 60, unit: 'MB' }] } : o,
      ),
      requirements: [{ id: 'cap', metric: 'mem', comparator: '<', value: 50, unit: 'MB', active: true }],
    };
    expect(criteriaOf(m)[3]).toMatchObject({ winner: 'opt3', hi: expect.closeTo(3 / 7, 12), aboveTakesOver: 'opt1' });
  });

  it('reports ties, exclusion of all, and all-zero weights', () => {
    expect(criteriaOf(matrix({ a: 1, b: 1 }, { x: [5, 1], y: [1, 5] }))[0]).toEqual({
      status: 'no-unique-winner',
      criterionId: 'a',
      current: 0.5,
      reason: 'tie',
    });
    const excluded = matrix({ a: 1 }, { x: [3] }, [{ id: 'r', metric: 'm', comparator: '<', value: 1, unit: 'ms', active: true }]);
    const withFigure = { ...excluded, options: excluded.options.map((o) => ({ ...o, figures: [{ metric: 'm', comparator: '=' as const, value: 5, unit: 'ms' as const }] })) };
    expect(criteriaOf(withFigure)[0]).toMatchObject({ status: 'no-unique-winner', reason: 'all-excluded' });
    expect(analyseSensitivity(matrix({ a: 0 }, { x: [3] }))).toEqual({ ok: false, reason: 'all-zero' });
  });

  it('treats a criterion holding all the weight by sharing the rest equally', () => {
    // a = 1, b = c = 0. x = (4, 1, 1), y = (3, 5, 5). Moving a to t: others share 1 − t equally.
    // x = 4t + (1 − t)·1 = 1 + 3t; y = 3t + (1 − t)·5 = 5 − 2t → equal at t = 4/5.
    expect(criteriaOf(matrix({ a: 1, b: 0, c: 0 }, { x: [4, 1, 1], y: [3, 5, 5] }))[0]).toMatchObject({
      current: 1,
      winner: 'x',
      lo: expect.closeTo(0.8, 12),
      hi: 1,
      belowTakesOver: 'y',
    });
  });

  it('a single criterion never moves', () => {
    expect(criteriaOf(matrix({ a: 2 }, { x: [4], y: [3] }))[0]).toMatchObject({ lo: 0, hi: 1, belowTakesOver: null });
  });
});

describe('rawWeightFor', () => {
  it('maps a fraction back to a raw weight, keeping the others', () => {
    // others sum 3: f = .25 → .25·3/.75 = 1
    expect(rawWeightFor(0.25, [1, 2])).toBeCloseTo(1, 12);
    expect(rawWeightFor(0, [1, 2])).toBe(0);
    expect(rawWeightFor(1, [1, 2])).toBe(Infinity);
    expect(rawWeightFor(0.5, [0, 0])).toBe(1);
    expect(rawWeightFor(Number.NaN, [1])).toBe(0);
  });
  it('round-trips through normalisation', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.99, noNaN: true }), fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (f, others) => {
        fc.pre(others.some((w) => w > 0));
        const raw = rawWeightFor(f, others);
        const n = normaliseWeights([raw, ...others]);
        expect(n.ok && n.fractions[0]).toBeCloseTo(f, 9);
      }),
    );
  });
});

/**
 * Small matrices with integer weights 0–6 over 1–5 criteria: every crossing is a fraction with a small denominator,
 * so crossings are either equal or > 1e-5 apart and a step of 1e-6 past a boundary lands before the next one.
 */
const smallMatrix = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 6 }))
  .chain(([nc, no]) =>
    fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: nc, maxLength: nc }).filter((w) => w.some((x) => x > 0)),
      scores: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: nc, maxLength: nc }), { minLength: no, maxLength: no }),
    }),
  )
  .map(({ weights, scores }) =>
    matrix(Object.fromEntries(weights.map((w, k) => [`c${k}`, w])), Object.fromEntries(scores.map((s, i) => [`o${i}`, s]))),
  );

/** The leaders (winner or tied leaders) by brute-force evaluation with criterion k's weight at x. */
function leadersAt(input: MatrixInput, k: number, x: number): string[] {
  const n = normaliseWeights(input.criteria.map((c) => c.weight));
  if (!n.ok) throw new Error('weights');
  // Independent of moveWeight: others keep their raw proportions (equal shares if they are all zero).
  const othersRaw = input.criteria.reduce((s, c, j) => (j === k ? s : s + c.weight), 0);
  const count = input.criteria.length;
  const fractions = input.criteria.map((c, j) =>
    j === k ? x : othersRaw > 0 ? ((1 - x) * c.weight) / othersRaw : (1 - x) / (count - 1),
  );
  const e = evaluateWithFractions(input, fractions);
  return e.winner !== null ? [e.winner] : e.tiedLeaders;
}

describe('analyseSensitivity agrees with brute force', () => {
  const step = 1e-6;
  it('inside [lo, hi] the winner holds; just outside, the named option leads', () => {
    let boundaries = 0;
    fc.assert(
      fc.property(smallMatrix, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), (m, ts) => {
        criteriaOf(m).forEach((s, k) => {
          if (s.status !== 'winner') return;
          expect(s.lo).toBeLessThanOrEqual(s.current + 1e-12);
          expect(s.hi).toBeGreaterThanOrEqual(s.current - 1e-12);
          if (s.hi - s.lo > 2 * step) {
            for (const t of ts) expect(leadersAt(m, k, s.lo + step + t * (s.hi - s.lo - 2 * step))).toEqual([s.winner]);
          }
          if (s.hi < 1) {
            boundaries += 1;
            const leaders = leadersAt(m, k, s.hi + step);
            expect(leaders).toContain(s.aboveTakesOver);
            expect(leaders).not.toContain(s.winner);
          } else {
            expect(s.aboveTakesOver).toBeNull();
            expect(leadersAt(m, k, 1)).toContain(s.winner);
          }
          if (s.lo > 0) {
            boundaries += 1;
            const leaders = leadersAt(m, k, s.lo - step);
            expect(leaders).toContain(s.belowTakesOver);
            expect(leaders).not.toContain(s.winner);
          } else {
            expect(s.belowTakesOver).toBeNull();
            expect(leadersAt(m, k, 0)).toContain(s.winner);
          }
        });
      }),
      { numRuns: Number(process.env['SENSITIVITY_RUNS'] ?? 300) },
    );
    // The property must actually cross boundaries, not pass vacuously.
    expect(boundaries).toBeGreaterThan(50);
  }, 120_000);

  it('moveWeight keeps fractions summing to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), (w, x) => {
        const n = normaliseWeights(w);
        fc.pre(n.ok);
        if (!n.ok) return;
        const moved = moveWeight(n.fractions, 0, x);
        expect(moved.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        expect(moved[0]).toBe(x);
      }),
    );
  });
});
