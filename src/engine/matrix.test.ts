import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks, evaluateMatrix, normaliseWeights, type MatrixEvaluation, type MatrixResult } from './matrix';
import type { MatrixInput, MatrixOption, MatrixRequirement } from './matrix-input';

/** A matrix from weights and per-option score rows (in criterion order). */
function matrix(
  criteria: Record<string, number>,
  options: Record<string, { scores: number[]; stated?: number; figures?: MatrixOption['figures'] }>,
  requirements: MatrixRequirement[] = [],
): MatrixInput {
  const ids = Object.keys(criteria);
  return {
    criteria: ids.map((id) => ({ id, weight: criteria[id] ?? 0 })),
    options: Object.entries(options).map(([id, o]) => ({
      id,
      scores: Object.fromEntries(ids.map((c, k) => [c, o.scores[k] ?? 1])),
      figures: o.figures ?? [],
      ...(o.stated === undefined ? {} : { statedTotal: o.stated }),
    })),
    requirements,
  };
}

function ok(result: MatrixResult): MatrixEvaluation {
  if (!result.ok) throw new Error(`expected an evaluation, got ${result.reason}`);
  return result;
}

const byId = (e: MatrixEvaluation, id: string) => e.options.find((o) => o.id === id);

const edge = matrix(
  { startup: 0.3, resources: 0.3, runtime_perf: 0.2, compatibility: 0.2 },
  { opt1: { scores: [2, 3, 4, 5], stated: 3.4 }, opt2: { scores: [5, 5, 5, 3], stated: 4.6 }, opt3: { scores: [3, 4, 4, 4], stated: 3.5 } },
);

describe('normaliseWeights', () => {
  it('turns raw weights into fractions summing to 1', () => {
    // 1, 1, 2 of 4 → .25, .25, .5
    expect(normaliseWeights([1, 1, 2])).toEqual({ ok: true, fractions: [0.25, 0.25, 0.5] });
  });
  it('reports all-zero and empty weights instead of producing NaN', () => {
    expect(normaliseWeights([0, 0])).toEqual({ ok: false, reason: 'all-zero' });
    expect(normaliseWeights([])).toEqual({ ok: false, reason: 'all-zero' });
  });
  it('rejects negative, NaN and infinite weights by index', () => {
    expect(normaliseWeights([1, -1, Number.NaN, Infinity])).toEqual({ ok: false, reason: 'invalid', indexes: [1, 2, 3] });
  });
  it('does not overflow on huge weights', () => {
    expect(normaliseWeights([Number.MAX_VALUE, Number.MAX_VALUE])).toEqual({ ok: true, fractions: [0.5, 0.5] });
  });
});

describe('evaluateMatrix on the three cases', () => {
  it('edge: WasmEdge+K3s wins; Docker and gVisor totals disagree with the stated ones', () => {
    // opt1 = .3·2 + .3·3 + .2·4 + .2·5 = .6 + .9 + .8 + 1.0 = 3.3 (stated 3.4 → off by .1: erratum)
    // opt2 = .3·5 + .3·5 + .2·5 + .2·3 = 1.5 + 1.5 + 1.0 + .6 = 4.6 (stated 4.6)
    // opt3 = .3·3 + .3·4 + .2·4 + .2·4 = .9 + 1.2 + .8 + .8 = 3.7 (stated 3.5 → erratum)
    // ranks: opt2 1, opt3 2, opt1 3; margin 4.6 − 3.7 = .9
    const e = ok(evaluateMatrix(edge));
    expect(e.options.map((o) => o.total)).toEqual([expect.closeTo(3.3, 12), expect.closeTo(4.6, 12), expect.closeTo(3.7, 12)]);
    expect(e.options.map((o) => o.erratum)).toEqual([true, false, true]);
    expect(e.options.map((o) => o.rank)).toEqual([3, 1, 2]);
    expect(e.options.map((o) => o.eligibleRank)).toEqual([3, 1, 2]);
    expect(e.order).toEqual(['opt2', 'opt3', 'opt1']);
    expect(e.status).toBe('winner');
    expect(e.winner).toBe('opt2');
    expect(e.margin).toBeCloseTo(0.9, 12);
    expect(e.weights.map((w) => w.fraction)).toEqual([0.3, 0.3, 0.2, 0.2].map((x) => expect.closeTo(x, 12)));
  });

  it('serverless: opt2 wins; every stated total is off', () => {
    // weights startup .4, resources .3, billing .2, compatibility .1
    // opt1 = .8 + .9 + .4 + .5 = 2.6 (stated 2.7 → erratum)
    // opt2 = 2.0 + 1.5 + 1.0 + .3 = 4.8 (stated 4.6 → erratum)
    // opt3 = 1.2 + 1.2 + .6 + .4 = 3.4 (stated 3.3 → erratum)
    // margin 4.8 − 3.4 = 1.4
    const serverless = matrix(
      { startup: 0.4, resources: 0.3, billing: 0.2, compatibility: 0.1 },
      { opt1: { scores: [2, 3, 2, 5], stated: 2.7 }, opt2: { scores: [5, 5, 5, 3], stated: 4.6 }, opt3: { scores: [3, 4, 3, 4], stated: 3.3 } },
    );
    const e = ok(evaluateMatrix(serverless));
    expect(e.options.map((o) => o.total)).toEqual([2.6, 4.8, 3.4].map((x) => expect.closeTo(x, 12)));
    expect(e.options.map((o) => o.erratum)).toEqual([true, true, true]);
    expect(e.options.map((o) => o.rank)).toEqual([3, 1, 2]);
    expect(e.winner).toBe('opt2');
    expect(e.margin).toBeCloseTo(1.4, 12);
  });

  it('enterprise: VM wins; Container and Kata are stated too high', () => {
    // weights isolation .4, compatibility .3, stability .2, ops .1
    // vm        = 2.0 + 1.5 + 1.0 + .3 = 4.8 (stated 4.8)
    // container = 1.2 + 1.2 + 1.0 + .5 = 3.9 (stated 4.2 → erratum)
    // kata      = 2.0 + 1.2 + .8 + .3  = 4.3 (stated 4.5 → erratum)
    // margin 4.8 − 4.3 = .5
    const enterprise = matrix(
      { isolation: 0.4, compatibility: 0.3, stability: 0.2, ops: 0.1 },
      { vm: { scores: [5, 5, 5, 3], stated: 4.8 }, container: { scores: [3, 4, 5, 5], stated: 4.2 }, kata: { scores: [5, 4, 4, 3], stated: 4.5 } },
    );
    const e = ok(evaluateMatrix(enterprise));
    expect(e.options.map((o) => o.total)).toEqual([4.8, 3.9, 4.3].map((x) => expect.closeTo(x, 12)));
    expect(e.options.map((o) => o.erratum)).toEqual([false, true, true]);
    expect(e.order).toEqual(['vm', 'kata', 'container']);
    expect(e.winner).toBe('vm');
    expect(e.margin).toBeCloseTo(0.5, 12);
  });
});

describe('evaluateMatrix edge cases', () => {
  it('an erratum needs a gap above .05, and nothing stated means no erratum', () => {
    // one criterion: total = score. 3 vs stated 3.05 → gap .05, not above: no erratum; 3.06 → erratum.
    const m = matrix({ a: 1 }, { x: { scores: [3], stated: 3.05 }, y: { scores: [3], stated: 3.06 }, z: { scores: [3] } });
    const e = ok(evaluateMatrix(m));
    expect(e.options.map((o) => [o.stated, o.erratum])).toEqual([[3.05, false], [3.06, true], [null, false]]);
  });

  it('equal totals share a rank and leave no winner', () => {
    // .5·5 + .5·1 = 3 = .5·1 + .5·5; z = 2 → ranks 1, 1, 3
    const e = ok(evaluateMatrix(matrix({ a: 1, b: 1 }, { x: { scores: [5, 1] }, y: { scores: [1, 5] }, z: { scores: [2, 2] } })));
    expect(e.options.map((o) => o.rank)).toEqual([1, 1, 3]);
    expect(e.status).toBe('tie');
    expect(e.winner).toBeNull();
    expect(e.tiedLeaders).toEqual(['x', 'y']);
    expect(e.margin).toBeNull();
  });

  it('float noise does not break a tie', () => {
    expect(competitionRanks([0.1 + 0.2, 0.3, 0.2])).toEqual([1, 1, 3]);
    // weights .1, .2, .7: x = .1·3 + .2·3 + .7·1 = 1.6; y = .1·1 + .2·4 + .7·1 = 1.6 (mathematically equal)
    const e = ok(evaluateMatrix(matrix({ a: 0.1, b: 0.2, c: 0.7 }, { x: { scores: [3, 3, 1] }, y: { scores: [1, 4, 1] } })));
    expect(e.status).toBe('tie');
  });

  it('all-zero weights are an explicit state', () => {
    expect(evaluateMatrix(matrix({ a: 0, b: 0 }, { x: { scores: [1, 2] } }))).toEqual({
      ok: false,
      status: 'no-weights',
      reason: 'all-zero',
      invalidCriteria: [],
    });
    const bad = evaluateMatrix(matrix({ a: 1, b: -1 }, { x: { scores: [1, 2] } }));
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', invalidCriteria: ['b'] });
  });

  it('an active requirement excludes an option from winning but it keeps its total and rank', () => {
    // memory < 50 MB: opt2 (~60 MB) fails, opt3 (<50 MB) passes, opt1 has no figure (never excluded).
    // Eligible: opt1 3.3, opt3 3.7 → opt3 wins by .4; opt2 keeps rank 1 overall, eligibleRank null.
    const m: MatrixInput = {
      ...edge,
      options: edge.options.map((o) =>
        o.id === 'opt2'
          ? { ...o, figures: [{ metric: 'memory', comparator: '~', value: 60, unit: 'MB' }] }
          : o.id === 'opt3'
            ? { ...o, figures: [{ metric: 'memory', comparator: '<', value: 50, unit: 'MB' }] }
            : o,
      ),
      requirements: [{ id: 'mem-cap', metric: 'memory', comparator: '<', value: 50, unit: 'MB', active: true }],
    };
    const e = ok(evaluateMatrix(m));
    expect(byId(e, 'opt2')).toMatchObject({ rank: 1, eligibleRank: null, excludedBy: ['mem-cap'] });
    expect(byId(e, 'opt3')).toMatchObject({ rank: 2, eligibleRank: 1, excludedBy: [] });
    expect(byId(e, 'opt1')).toMatchObject({ rank: 3, eligibleRank: 2, checks: [{ requirementId: 'mem-cap', status: 'no-figure' }] });
    expect(e.winner).toBe('opt3');
    expect(e.margin).toBeCloseTo(0.4, 12);

    // Switched off, the same requirement still reports the failure but excludes nothing.
    const off = ok(evaluateMatrix({ ...m, requirements: m.requirements.map((r) => ({ ...r, active: false })) }));
    expect(byId(off, 'opt2')).toMatchObject({ excludedBy: [], checks: [{ requirementId: 'mem-cap', status: 'fail' }] });
    expect(off.winner).toBe('opt2');
  });

  it('says so when every option is excluded, and when there are none', () => {
    const m: MatrixInput = {
      ...edge,
      options: edge.options.map((o) => ({ ...o, figures: [{ metric: 'cold', comparator: '=', value: [2, 5], unit: 's' }] })),
      requirements: [{ id: 'cold-start', metric: 'cold', comparator: '<', value: 100, unit: 'ms', active: true }],
    };
    const e = ok(evaluateMatrix(m));
    expect(e).toMatchObject({ status: 'all-excluded', winner: null, tiedLeaders: [], margin: null });
    expect(e.options.map((o) => o.rank)).toEqual([3, 1, 2]);
    expect(ok(evaluateMatrix({ ...edge, options: [] })).status).toBe('no-options');
  });

  it('a single eligible option wins with no margin', () => {
    const e = ok(evaluateMatrix(matrix({ a: 1 }, { x: { scores: [2] } })));
    expect(e).toMatchObject({ status: 'winner', winner: 'x', margin: null });
  });

  it('is JSON-serialisable and deterministic', () => {
    const a = evaluateMatrix(edge);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(evaluateMatrix(edge)).toEqual(a);
  });
});

/** Random matrices: 1–6 criteria with integer weights 0–10 (not all zero), 1–6 options scoring 1–5. */
const randomMatrix = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([nc, no]) =>
    fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: nc, maxLength: nc }).filter((w) => w.some((x) => x > 0)),
      scores: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: nc, maxLength: nc }), { minLength: no, maxLength: no }),
    }),
  )
  .map(({ weights, scores }) =>
    matrix(
      Object.fromEntries(weights.map((w, k) => [`c${k}`, w])),
      Object.fromEntries(scores.map((s, i) => [`o${i}`, { scores: s }])),
    ),
  );

describe('evaluateMatrix properties', () => {
  it('every total lies between the option’s lowest and highest score', () => {
    fc.assert(
      fc.property(randomMatrix, (m) => {
        const e = ok(evaluateMatrix(m));
        m.options.forEach((o, i) => {
          const s = Object.values(o.scores);
          const total = e.options[i]?.total ?? Number.NaN;
          expect(total).toBeGreaterThanOrEqual(Math.min(...s) - 1e-9);
          expect(total).toBeLessThanOrEqual(Math.max(...s) + 1e-9);
        });
      }),
    );
  });

  it('scaling every weight by a positive constant changes nothing', () => {
    fc.assert(
      fc.property(randomMatrix, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (m, c) => {
        const a = ok(evaluateMatrix(m));
        const b = ok(evaluateMatrix({ ...m, criteria: m.criteria.map((x) => ({ ...x, weight: x.weight * c })) }));
        expect(b.options.map((o) => o.total)).toEqual(a.options.map((o) => expect.closeTo(o.total, 9)));
        expect(b.options.map((o) => o.rank)).toEqual(a.options.map((o) => o.rank));
        expect([b.status, b.winner, b.tiedLeaders]).toEqual([a.status, a.winner, a.tiedLeaders]);
      }),
    );
  });

  it('raising one score never lowers that option’s total or worsens its rank', () => {
    fc.assert(
      fc.property(randomMatrix, fc.nat(), fc.nat(), (m, oi, ci) => {
        const i = oi % m.options.length;
        const option = m.options[i];
        const criterion = m.criteria[ci % m.criteria.length];
        if (!option || !criterion || (option.scores[criterion.id] ?? 5) >= 5) return;
        const raised = { ...option, scores: { ...option.scores, [criterion.id]: (option.scores[criterion.id] ?? 0) + 1 } };
        const before = ok(evaluateMatrix(m)).options[i];
        const after = ok(evaluateMatrix({ ...m, options: m.options.map((o, j) => (j === i ? raised : o)) })).options[i];
        expect(after?.total).toBeGreaterThanOrEqual((before?.total ?? 0) - 1e-12);
        expect(after?.rank).toBeLessThanOrEqual(before?.rank ?? 0);
      }),
    );
  });
});
