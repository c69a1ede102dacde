import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateMatrix } from '../../src/engine/matrix';
import { LOCALES } from '../../src/i18n/locale';
import * as act from './actions';
import { applyState, MAX_ADDED } from './state';
import { CASES, islandProps, islandTr } from './test-cases';
import { matrixView } from './view-model';

const first = CASES[0]!;
const withExclusions = CASES.find((c) => evaluateMatrix(islandProps(c.id, 'en').input).ok && c.requirements.some((r) => r.active))!;

describe.each(LOCALES)('the matrix view (%s)', (locale) => {
  const props = islandProps(first.id, locale);
  const tr = islandTr(locale);
  const view = (ui: act.MatrixUi) => matrixView(props, ui, tr);

  it('shows weights as points from 0 to 100 on one scale for the slider and the field', () => {
    const v = view(act.initialUi(props.input));
    for (const [k, c] of first.criteria.entries()) {
      expect(v.weights[k]?.points).toBeCloseTo(c.weight * 100, 9);
      expect(v.weights[k]?.text).toBe(String(Number((c.weight * 100).toPrecision(12))));
    }
  });

  it('keeps the last valid weight when a field holds no valid one, and words the problem beside it', () => {
    const id = first.criteria[0]!.id;
    const start = act.initialUi(props.input);
    const before = view(start).rows.map((r) => r.total);
    for (const text of ['abc', '-1', '1e9', '']) {
      const ui = act.typeWeight(start, id, text);
      const v = view(ui);
      expect(v.weights[0]?.text).toBe(text);
      expect(v.weights[0]?.problem).toMatch(/\S/);
      expect(v.rows.map((r) => r.total)).toEqual(before);
      expect(ui.state).toBe(start.state);
    }
    const fixed = act.typeWeight(act.typeWeight(start, id, 'abc'), id, '50');
    expect(view(fixed).weights[0]?.problem).toBeNull();
    expect(fixed.state.weights[id]).toBe(0.5);
  });

  it('moves a hard constraint to a threshold typed in its unit, names it at that threshold, and keeps the last valid one', () => {
    const edge = islandProps('edge', locale);
    const edgeView = (ui: act.MatrixUi) => matrixView(edge, ui, tr, 200);
    const start = act.initialUi(edge.input);
    expect(edgeView(start).rows.find((r) => r.id === 'gvisor-k8s')?.excludedBy).not.toBeNull();
    // gVisor starts in 1–2 s with about 50 MB: under 3 s and 60 MB it is eligible.
    const ui = act.typeThreshold(act.typeThreshold(start, edge.input, 'cold-start-100ms', '3000'), edge.input, 'memory-50mb', '60');
    expect(ui.state.thresholds).toEqual({ 'cold-start-100ms': 3000, 'memory-50mb': 60 });
    const v = edgeView(ui);
    expect(v.rows.find((r) => r.id === 'gvisor-k8s')).toMatchObject({ excludedBy: null, rank: expect.any(Number) });
    const cold = v.requirements.find((r) => r.id === 'cold-start-100ms');
    expect(cold?.threshold).toMatchObject({ comparator: '<', unit: 'ms', text: '3000', problem: null });
    expect(cold?.label).toMatch(/< 3,000 ms.*100 ms/);
    const bad = act.typeThreshold(ui, edge.input, 'cold-start-100ms', '-5');
    expect(bad.state).toBe(ui.state);
    expect(edgeView(bad).requirements.find((r) => r.id === 'cold-start-100ms')?.threshold).toMatchObject({ text: '-5', problem: expect.stringMatching(/\S/) });
    // Typing the case's own value again leaves no override in the link.
    expect(act.typeThreshold(ui, edge.input, 'cold-start-100ms', '100').state.thresholds).toEqual({ 'memory-50mb': 60 });
  });

  it('refuses an empty name, a name already taken (in any case or width) and more than the maximum', () => {
    let ui = act.initialUi(props.input);
    ui = act.addOption({ ...ui, newName: '   ' }, props.input, view(ui).optionNames);
    expect(ui.notice?.key).toBe('matrix.nameRequired');
    const taken = first.options[0]!.label[locale].toUpperCase();
    ui = act.addOption({ ...ui, newName: taken }, props.input, view(ui).optionNames);
    expect(ui.notice?.key).toBe('matrix.duplicateName');
    expect(view(ui).notice).toContain(taken);
    expect(ui.state.added).toEqual([]);
    for (let n = 0; n < MAX_ADDED; n += 1) ui = act.addOption({ ...ui, newName: `Mine ${n}` }, props.input, view(ui).optionNames);
    expect(ui.state.added).toHaveLength(MAX_ADDED);
    ui = act.addOption({ ...ui, newName: 'One more' }, props.input, view(ui).optionNames);
    expect(ui.notice?.key).toBe('matrix.tooMany');
    expect(ui.state.added).toHaveLength(MAX_ADDED);
  });

  it('says when the constraints alone decided, then what the weights would do without them', () => {
    const p = islandProps(withExclusions.id, locale);
    const v = matrixView(p, act.initialUi(p.input), tr);
    const result = evaluateMatrix(p.input);
    if (!result.ok) throw new Error('no result');
    const eligible = result.options.filter((o) => o.excludedBy.length === 0);
    if (eligible.length === 1) {
      expect(v.sensitivity.withConstraints.none).toBe(tr('sens.locked', { winner: p.labels.options[result.winner ?? ''] ?? '' }));
      expect(v.sensitivity.withConstraints.lines).toEqual([]);
    }
    expect(v.sensitivity.withoutConstraints?.lines.length).toBe(withExclusions.criteria.length);
  });
});

/** Random weights, scores, switched constraints and added options over a real case. */
const caseIndex = fc.integer({ min: 0, max: CASES.length - 1 });
const scenario = caseIndex.chain((i) => {
  const c = CASES[i]!;
  return fc.record({
    i: fc.constant(i),
    locale: fc.constantFrom(...LOCALES),
    weights: fc.tuple(...c.criteria.map(() => fc.integer({ min: 0, max: 100 }))),
    scores: fc.array(fc.tuple(fc.integer({ min: 0, max: c.options.length - 1 }), fc.integer({ min: 0, max: c.criteria.length - 1 }), fc.integer({ min: 1, max: 5 })), { maxLength: 6 }),
    switches: fc.tuple(...c.requirements.map(() => fc.boolean())),
    added: fc.array(fc.tuple(...c.criteria.map(() => fc.integer({ min: 1, max: 5 }))), { maxLength: 2 }),
  });
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build({ i, locale, weights, scores, switches, added }: Scenario) {
  const c = CASES[i]!;
  const props = islandProps(c.id, locale);
  let ui = act.initialUi(props.input);
  c.criteria.forEach((k, n) => (ui = act.typeWeight(ui, k.id, String(weights[n] ?? 0))));
  for (const [o, k, s] of scores) ui = act.setScore(ui, props.input, c.options[o]!.id, c.criteria[k]!.id, s);
  c.requirements.forEach((r, n) => (ui = act.setRequirement(ui, props.input, r.id, switches[n] ?? false)));
  added.forEach((digits, n) => {
    ui = act.addOption({ ...ui, newName: `Reader option ${n + 1}` }, props.input, matrixView(props, ui, islandTr(locale)).optionNames);
    const id = ui.state.added.at(-1)!.id;
    c.criteria.forEach((k, m) => (ui = act.setScore(ui, props.input, id, k.id, digits[m] ?? 3)));
  });
  return { c, props, ui, view: matrixView(props, ui, islandTr(locale)) };
}

describe('the matrix view, for any weights, scores and constraints (property)', () => {
  it('ranks eligible options only, lists excluded ones last, and names the best eligible other option as runner-up', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { props, ui, view } = build(s);
        const result = evaluateMatrix(applyState(props.input, ui.state));
        if (!result.ok) return;
        const firstExcluded = view.rows.findIndex((r) => r.excludedBy !== null);
        view.rows.forEach((r, k) => {
          expect(r.excludedBy !== null).toBe(firstExcluded >= 0 && k >= firstExcluded);
          if (r.excludedBy !== null) expect(r.rank).toBeNull();
          else expect(r.rank).toBe(result.options.find((o) => o.id === r.id)?.eligibleRank);
        });
        if (result.status === 'winner' && result.margin !== null) {
          const others = view.rows.filter((r) => r.excludedBy === null && r.id !== result.winner);
          const best = others.reduce((a, b) => ((b.total ?? 0) > (a.total ?? 0) + 1e-9 ? b : a));
          const tied = others.filter((r) => Math.abs((r.total ?? 0) - (best.total ?? 0)) < 1e-9).map((r) => r.name);
          expect(tied.some((name) => view.summary.includes(name))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('exports Markdown that names every excluded option with what excluded it, and the constraints in force', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { c, view } = build(s);
        const markdown = view.markdown('https://example.test/');
        for (const row of view.rows.filter((r) => r.excludedBy !== null)) {
          expect(markdown.split('\n').some((line) => line.startsWith('- ') && line.includes(row.name))).toBe(true);
        }
        for (const [n, r] of c.requirements.entries()) {
          if (s.switches[n]) expect(markdown).toContain(r.label[s.locale]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
