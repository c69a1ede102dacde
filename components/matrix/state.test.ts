import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ADDED,
  NAME_MAX,
  thresholdField,
  SCORE_SOURCES,
  SPREADS,
  WEIGHT_BANDS,
  WEIGHT_MAX,
  canonicalState,
  cleanName,
  decodeState,
  defaultState,
  encodeState,
  nextAddedId,
  type MatrixState,
  type StateDefaults,
} from './state';

const defaults: StateDefaults = {
  criteria: [
    { id: 'startup', weight: 0.3 },
    { id: 'resources', weight: 0.3 },
    { id: 'constructor', weight: 0.2 }, // a valid id that is also an Object.prototype key
    { id: 'compatibility', weight: 0.2 },
  ],
  options: [
    { id: 'opt1', scores: { startup: 2, resources: 3, constructor: 4, compatibility: 5 } },
    { id: 'opt2', scores: { startup: 5, resources: 5, constructor: 5, compatibility: 3 } },
    { id: 'opt3', scores: { startup: 3, resources: 4, constructor: 4, compatibility: 4 } },
  ],
  requirements: [
    { id: 'cold-start', active: true, value: 100, unit: 'ms' },
    { id: 'mem-cap', active: false, value: 90, unit: '%' },
  ],
};

function state(partial: Partial<MatrixState>): MatrixState {
  return { ...defaultState(defaults), ...partial, weights: { ...defaultState(defaults).weights, ...partial.weights } };
}

describe('encodeState / decodeState', () => {
  it('writes only what differs from the defaults', () => {
    expect(encodeState(defaultState(defaults), defaults)).toBe('');
    const s = state({
      weights: { startup: 0.4 },
      scores: { 'opt1:startup': 3 },
      requirements: { 'cold-start': false },
      removed: ['opt3'],
      added: [{ id: 'u1', name: 'My stack', scores: { startup: 3, resources: 5, constructor: 2, compatibility: 4 } }],
    });
    const text = encodeState(s, defaults);
    expect(text).toBe('w.startup=0.4&s.opt1.startup=3&r.cold-start=0&rm=opt3&add=u1.3524.My+stack');
    expect(decodeState(text, defaults)).toEqual({ state: s, ignored: [] });
  });

  it('reads the uncertainty of the robustness odds, leaves the defaults out and reports values that are not choices', () => {
    const s = state({ spread: 0.5, weightBand: 0.25 });
    expect(encodeState(s, defaults)).toBe('u=0.5&wb=0.25');
    expect(decodeState('u=0.5&wb=0.25', defaults)).toEqual({ state: s, ignored: [] });
    expect(encodeState(state({ spread: 0 }), defaults)).toBe('u=0');
    expect(encodeState(state({ spread: 1, weightBand: 0 }), defaults)).toBe('');
    expect(decodeState('u=1.0&wb=-0', defaults)).toEqual({ state: defaultState(defaults), ignored: [] });
    expect(decodeState('u=3&wb=abc&wb=0.1', defaults)).toEqual({
      state: defaultState(defaults),
      ignored: [
        { setting: 'u=3', problem: 'bad-choice' },
        { setting: 'wb=abc', problem: 'not-a-number' },
        { setting: 'wb=0.1', problem: 'repeated' },
      ],
    });
  });

  it('reads the score source and the advisor’s requirements, leaves the defaults out and reports what it cannot use', () => {
    const s = state({ source: 'calc', fromAdvisor: ['cold-start', 'mem-cap'], requirements: { 'mem-cap': true } });
    const text = encodeState(s, defaults);
    expect(text).toBe('r.mem-cap=1&src=calc&from=advisor.cold-start.mem-cap');
    expect(decodeState(text, defaults)).toEqual({ state: s, ignored: [] });
    expect(encodeState(state({ source: 'case', fromAdvisor: null }), defaults)).toBe('');
    // From the advisor with no requirement set still says where the link came from.
    expect(encodeState(state({ fromAdvisor: [] }), defaults)).toBe('from=advisor');
    expect(decodeState('from=advisor', defaults).state.fromAdvisor).toEqual([]);
    // Case order, known requirements only.
    expect(decodeState('from=advisor.mem-cap.nope.cold-start&src=case', defaults)).toEqual({
      state: state({ fromAdvisor: ['cold-start', 'mem-cap'] }),
      ignored: [{ setting: 'nope', problem: 'unknown-setting' }],
    });
    expect(decodeState('src=mine&from=search', defaults)).toEqual({
      state: defaultState(defaults),
      ignored: [
        { setting: 'src=mine', problem: 'bad-choice' },
        { setting: 'from=search', problem: 'bad-choice' },
      ],
    });
  });

  it('reads thresholds in each requirement’s unit within the field’s limits, and leaves the case’s own out', () => {
    const s = state({ thresholds: { 'cold-start': 250, 'mem-cap': 99.5 } });
    expect(encodeState(s, defaults)).toBe('t.cold-start=250&t.mem-cap=99.5');
    expect(decodeState('t.cold-start=250&t.mem-cap=99.5', defaults)).toEqual({ state: s, ignored: [] });
    expect(decodeState('t.cold-start=100', defaults).state.thresholds).toEqual({});
    expect(decodeState('t.cold-start=-1&t.mem-cap=101&t.nope=3', defaults).ignored).toEqual([
      { setting: 't.cold-start=-1', problem: 'negative' },
      { setting: 't.mem-cap=101', problem: 'above-max' },
      { setting: 't.nope=3', problem: 'unknown-setting' },
    ]);
    expect(decodeState('t.cold-start=fast', defaults).ignored).toEqual([{ setting: 't.cold-start=fast', problem: 'not-a-number' }]);
  });

  it('accepts a leading ? or #', () => {
    expect(decodeState('?w.startup=1', defaults).state.weights['startup']).toBe(1);
    expect(decodeState('#w.startup=1', defaults).state.weights['startup']).toBe(1);
  });

  it('drops unknown and invalid parts and says why', () => {
    const { state: s, ignored } = decodeState(
      'w.nope=1&w.startup=abc&w.resources=150&w.compatibility=-2&s.opt1.startup=7&s.opt9.startup=2&r.cold-start=yes&rm=opt1.zzz&add=u1.12.x&add=bad.1111.x&foo=bar',
      defaults,
    );
    // Out-of-range weights are dropped like any other bad value: the defaults stay.
    expect(s.weights).toEqual({ startup: 0.3, resources: 0.3, constructor: 0.2, compatibility: 0.2 });
    expect(s.scores).toEqual({});
    expect(s.requirements).toEqual({});
    expect(s.removed).toEqual(['opt1']);
    expect(s.added).toEqual([]);
    expect(ignored).toEqual([
      { setting: 'w.nope=1', problem: 'unknown-setting' },
      { setting: 'w.startup=abc', problem: 'not-a-number' },
      { setting: 'w.resources=150', problem: 'out-of-range' },
      { setting: 'w.compatibility=-2', problem: 'out-of-range' },
      { setting: 's.opt1.startup=7', problem: 'bad-score' },
      { setting: 's.opt9.startup=2', problem: 'unknown-setting' },
      { setting: 'r.cold-start=yes', problem: 'bad-switch' },
      { setting: 'zzz', problem: 'unknown-option' },
      { setting: 'add=u1.12.x', problem: 'bad-added' },
      { setting: 'add=bad.1111.x', problem: 'bad-added' },
      { setting: 'foo=bar', problem: 'unknown-setting' },
    ]);
  });

  it('keeps the first of repeated settings', () => {
    const { state: s, ignored } = decodeState('w.startup=1&w.startup=2', defaults);
    expect(s.weights['startup']).toBe(1);
    expect(ignored).toEqual([{ setting: 'w.startup=2', problem: 'repeated' }]);
  });

  it('never pollutes prototypes', () => {
    const { state: s } = decodeState('__proto__.polluted=1&w.__proto__=1&s.__proto__.startup=2&constructor=1&w.constructor=0.5&add=u1.1111.__proto__', defaults);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(s.weights['constructor']).toBe(0.5);
    expect(s.added[0]?.name).toBe('__proto__');
  });

  it('survives malformed percent-encoding and huge input', () => {
    expect(() => decodeState('%E0%A4%A&%&w.startup=%zz&%%%', defaults)).not.toThrow();
    const huge = decodeState('w.startup=1&'.repeat(100_000), defaults);
    expect(huge.state.weights['startup']).toBe(1);
    expect(huge.ignored.length).toBeLessThanOrEqual(21);
    expect(huge.ignored.every((m) => [...m.setting].length <= 80)).toBe(true);
  });

  it('cleans names: control characters, bidi overrides, length', () => {
    expect(cleanName('  a\u0000b\u202Ec\n ')).toBe('abc');
    expect([...cleanName('名'.repeat(100))].length).toBe(NAME_MAX);
    const { state: s, ignored } = decodeState(`add=u2.1234.${encodeURIComponent(' evil\u202Ename ')}`, defaults);
    expect(s.added[0]?.name).toBe('evilname');
    expect(ignored).toEqual([{ setting: 'evilname', problem: 'name-tidied' }]);
    expect(decodeState('add=u1.1234.', defaults).ignored).toEqual([{ setting: 'add=u1.1234.', problem: 'bad-added' }]);
  });

  it('limits added options and refuses duplicate ids', () => {
    const many = Array.from({ length: MAX_ADDED + 1 }, (_, i) => `add=u${i + 1}.1111.n`).join('&');
    expect(decodeState(many, defaults).state.added).toHaveLength(MAX_ADDED);
    expect(decodeState('add=u1.1111.a&add=u1.2222.b', defaults).state.added.map((a) => a.name)).toEqual(['a']);
    expect(nextAddedId({ added: [{ id: 'u1', name: 'a', scores: {} }, { id: 'u7', name: 'b', scores: {} }] })).toBe('u8');
  });

  it('drops overrides equal to the defaults (canonical form)', () => {
    expect(decodeState('s.opt1.startup=2&r.cold-start=1', defaults).state).toEqual(defaultState(defaults));
    expect(canonicalState(state({ scores: { 'opt1:startup': 2, 'nope:x': 3 }, removed: ['opt1', 'opt1'] }), defaults).state).toEqual(
      state({ removed: ['opt1'] }),
    );
  });
});

const ids = defaults.criteria.map((c) => c.id);
const pairs = defaults.options.flatMap((o) => ids.map((c) => ({ key: `${o.id}:${c}`, base: o.scores[c] ?? 0 })));
const score = fc.integer({ min: 1, max: 5 });

/** Canonical states over `defaults`. */
const canonical: fc.Arbitrary<MatrixState> = fc
  .record({
    weights: fc.tuple(...ids.map((c, k) => fc.oneof(fc.constant(defaults.criteria[k]?.weight ?? 0), fc.double({ min: 0, max: WEIGHT_MAX, noNaN: true }), fc.integer({ min: 0, max: WEIGHT_MAX })).map((w) => [c, w + 0] as const))),
    scores: fc.tuple(...pairs.map(() => fc.option(score, { nil: undefined }))),
    requirements: fc.tuple(...defaults.requirements.map(() => fc.boolean())),
    thresholds: fc.tuple(...defaults.requirements.map((q) => fc.option(fc.double({ min: 0, max: thresholdField(q.unit).max, noNaN: true }).map((t) => t + 0), { nil: undefined }))),
    removed: fc.shuffledSubarray(defaults.options.map((o) => o.id)),
    added: fc.uniqueArray(
      fc.record({
        n: fc.integer({ min: 1, max: 999 }),
        name: fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }).map(cleanName).filter((n) => n !== ''),
        scores: fc.tuple(...ids.map(() => score)),
      }),
      { maxLength: MAX_ADDED, selector: (a) => a.n },
    ),
    spread: fc.constantFrom(...SPREADS),
    weightBand: fc.constantFrom(...WEIGHT_BANDS),
    source: fc.constantFrom(...SCORE_SOURCES),
    fromAdvisor: fc.option(fc.subarray(defaults.requirements.map((r) => r.id)), { nil: null }),
  })
  .map(
    (r): MatrixState => ({
      weights: Object.fromEntries(r.weights),
      scores: Object.fromEntries(pairs.flatMap((p, i) => (r.scores[i] !== undefined && r.scores[i] !== p.base ? [[p.key, r.scores[i]]] : []))),
      requirements: Object.fromEntries(defaults.requirements.flatMap((q, i) => (r.requirements[i] ? [[q.id, !q.active]] : []))),
      thresholds: Object.fromEntries(defaults.requirements.flatMap((q, i) => (r.thresholds[i] !== undefined && r.thresholds[i] !== q.value ? [[q.id, r.thresholds[i]]] : []))),
      removed: r.removed,
      added: r.added.map((a) => ({ id: `u${a.n}`, name: a.name, scores: Object.fromEntries(ids.map((c, k) => [c, a.scores[k] ?? 1])) })),
      spread: r.spread,
      weightBand: r.weightBand,
      source: r.source,
      fromAdvisor: r.fromAdvisor,
    }),
  );

/** Structural check of a canonical state (the decoder's promise). */
function expectValid(s: MatrixState) {
  expect(Object.keys(s.weights).sort()).toEqual([...ids].sort());
  for (const w of Object.values(s.weights)) expect(Number.isFinite(w) && w >= 0 && w <= WEIGHT_MAX).toBe(true);
  for (const [k, v] of Object.entries(s.scores)) {
    expect(pairs.some((p) => p.key === k && p.base !== v)).toBe(true);
    expect([1, 2, 3, 4, 5]).toContain(v);
  }
  expect(new Set(s.removed).size).toBe(s.removed.length);
  expect(s.added.length).toBeLessThanOrEqual(MAX_ADDED);
  for (const a of s.added) {
    expect(a.id).toMatch(/^u[1-9][0-9]{0,2}$/);
    expect(cleanName(a.name)).toBe(a.name);
    expect(a.name).not.toBe('');
  }
  expect(SPREADS).toContain(s.spread);
  expect(WEIGHT_BANDS).toContain(s.weightBand);
  expect(SCORE_SOURCES).toContain(s.source);
  if (s.fromAdvisor !== null) expect(s.fromAdvisor).toEqual(defaults.requirements.map((r) => r.id).filter((id) => s.fromAdvisor?.includes(id)));
  expect(canonicalState(s, defaults)).toEqual({ state: s, ignored: [] });
}

const fragment = fc.oneof(
  fc.constantFrom('w', 's', 'r', 'rm', 'add', 'u', 'wb', 'src', 'calc', 'from', 'advisor', 'cold-start', '0.5', '0.25', '__proto__', 'constructor', 'prototype', 'opt1', 'u1', 'startup', '', '%', '%E0%A4', '=', '&', '.', '+', '1', '5', '-1', 'NaN', 'Infinity', '1e400'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const urlish = fc
  .array(fc.tuple(fc.array(fragment, { maxLength: 4 }), fc.array(fragment, { maxLength: 4 })), { maxLength: 12 })
  .map((params) => params.map(([k, v]) => `${k.join('.')}=${v.join('.')}`).join('&'));

describe('state properties', () => {
  it('decode(encode(s)) equals s for every canonical state', () => {
    fc.assert(
      fc.property(canonical, (s) => {
        expect(decodeState(encodeState(s, defaults), defaults)).toEqual({ state: s, ignored: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('decoding any string never throws and yields a canonical state', () => {
    fc.assert(
      fc.property(fc.oneof(urlish, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const { state: s, ignored } = decodeState(text, defaults);
        expectValid(s);
        for (const m of ignored) expect([...m.setting].length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 500 },
    );
  });
});
