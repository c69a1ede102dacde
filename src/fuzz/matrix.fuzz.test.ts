/**
 * Fuzzing the case decision matrix end to end, on the four real cases: URL hash → stateQuery → decodeState →
 * applyState → evaluateMatrix → analyseSensitivity → the text the island shows (src/present/*), in both locales.
 * Whatever the link holds, nothing may throw, every number that reaches the view must be finite, and no text
 * may show "NaN", "Infinity", "undefined" or an unfilled {placeholder}.
 * state.test.ts checks the codec's promises on a small synthetic matrix with a few hundred runs; this file
 * throws far nastier input at the real data, FUZZ_RUNS times per property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialUi, type MatrixUi } from '../../components/matrix/actions';
import { withCalculatorScores } from '../../components/matrix/calculator-scores';
import { scoredInput, type MatrixDerive } from '../../components/matrix/score-source';
import { MATRIX_MESSAGES } from '../../components/matrix/messages';
import {
  MAX_ADDED,
  NAME_MAX,
  SCORE_SOURCES,
  SPREADS,
  WEIGHT_BANDS,
  WEIGHT_MAX,
  applyState,
  canonicalState,
  cleanName,
  decodeState,
  defaultState,
  encodeState,
  thresholdField,
  type Ignored,
  type MatrixState,
} from '../../components/matrix/state';
import { matrixView, type MatrixView } from '../../components/matrix/view-model';
import { readSections, sectionQuery, withSection } from '../../components/widget-kit/hash';
import { MAX_QUERY_LENGTH } from '../../components/widget-kit/params';
import { loadCalculators, loadCases, loadSources } from '../content/load';
import { matrixDerive } from '../present/derive-plan';
import { ADVISOR_FIELD_NAMES } from '../engine/advisor';
import { evaluateMatrix, type MatrixResult } from '../engine/matrix';
import { toMatrixInput, type MatrixInput } from '../engine/matrix-input';
import { checkRequirement, figureFor } from '../engine/requirements';
import { analyseSensitivity, type SensitivityResult } from '../engine/sensitivity';
import { sameDimension } from '../engine/units';
import { unit as unitSchema, type Unit } from '../schemas/common';
import { LOCALES, type Locale } from '../i18n/locale';
import { translator, type Translate } from '../i18n/translate';
import { messagesFor, type UiKey } from '../i18n/ui';
import { matrixSummary } from '../present/matrix-summary';
import { matrixLabels, type MatrixLabels } from '../present/matrix-view';
import { BROKEN_TEXT, FUZZ_RUNS, UNFILLED, codeUnit, dottedKey, junk, longQuery, nasty, guardPrototypes, numberText, queryOf } from './garbage';

const root = new URL('../..', import.meta.url).pathname;
/** Generous: on a slow machine the runs take seconds, not the default 5. */
const TIMEOUT = 120_000;

interface Widget {
  id: string;
  input: MatrixInput;
  labels: Record<Locale, MatrixLabels>;
  /** The page calculator's rules for derived scores, and its field ids, when the case has them. */
  derive: Record<Locale, MatrixDerive | undefined>;
  calculator: { id: string; fields: string[] } | null;
}

const sources = loadSources(root);
const cases = loadCases(root, sources);
const calculators = loadCalculators(root, sources, cases);
const widgets: Widget[] = cases.map((c) => {
  const derive = { zh: matrixDerive(c, calculators, 'zh'), en: matrixDerive(c, calculators, 'en') };
  return {
    id: c.id,
    input: toMatrixInput(c),
    labels: { zh: matrixLabels(c, 'zh'), en: matrixLabels(c, 'en') },
    derive,
    calculator: derive.en ? { id: derive.en.plan.calculator, fields: derive.en.spec.fields.map((f) => f.id) } : null,
  };
});
const caseIds = widgets.map((w) => w.id);

/** The island's messages (see CaseMatrix.astro), and a Translate that fails on a key the island was not given. */
const messages = Object.fromEntries(LOCALES.map((l) => [l, messagesFor(l, MATRIX_MESSAGES)])) as Record<
  Locale,
  Partial<Record<UiKey, string>>
>;
function strictTranslator(locale: Locale): Translate {
  const tr = translator(messages[locale]);
  return (key, vars) => {
    if (messages[locale][key] === undefined) throw new Error(`the matrix island has no "${key}" message in ${locale}`);
    return tr(key, vars);
  };
}
const translators = { zh: strictTranslator('zh'), en: strictTranslator('en') };

const PROBLEMS = new Set([
  'too-long', 'too-many', 'repeated', 'not-a-number', 'out-of-range', 'bad-score', 'bad-switch',
  'unknown-option', 'unknown-setting', 'bad-added', 'name-tidied', 'unreadable', 'more', 'bad-choice',
  // a threshold, read as a number field
  'empty', 'negative', 'below-min', 'above-max', 'not-whole',
]);

/** Monte Carlo samples per robustness analysis here: enough to run every path, few enough for 10,000 runs. */
const SAMPLES = 50;

// ---------------------------------------------------------------------------------------------------------
// Generators

/** Words a matrix link is made of, for one case, plus words of the other cases and of the advisor's hash. */
function wordsFor(w: Widget): string[] {
  return [
    'w', 's', 'r', 't', 'rm', 'add', 'u', 'wb', 'src', 'from', 'advisor', 'calc', 'case', 'matrix', 'u1', 'u2', 'u10', 'u999', 'u1000', 'u0', 'u01',
    ...w.input.criteria.map((c) => c.id),
    ...w.input.options.map((o) => o.id),
    ...w.input.requirements.map((r) => r.id),
    ...widgets.filter((o) => o !== w).flatMap((o) => [o.id, ...o.input.criteria.map((c) => c.id), ...o.input.options.map((x) => x.id)]),
    ...ADVISOR_FIELD_NAMES,
    '__proto__', 'constructor', 'prototype',
  ];
}

/** Values a matrix link holds: numbers, score digits, option lists, added options, and junk. */
function valuesFor(w: Widget): fc.Arbitrary<string> {
  const n = w.input.criteria.length;
  const optionIds = w.input.options.map((o) => o.id);
  const digits = (len: fc.Arbitrary<number>, unit: fc.Arbitrary<string>) =>
    len.chain((k) => fc.array(unit, { minLength: k, maxLength: k })).map((d) => d.join(''));
  const scoreDigits = fc.oneof(
    digits(fc.constant(n), fc.constantFrom('1', '2', '3', '4', '5')),
    digits(fc.integer({ min: 0, max: n + 2 }), fc.constantFrom('0', '1', '3', '5', '6', '9', '-', '.', 'x')),
  );
  const name = fc.oneof(fc.string({ unit: 'binary', maxLength: 70 }), nasty, fc.string({ unit: codeUnit, maxLength: 20 }));
  const added = fc
    .tuple(fc.oneof(fc.constantFrom('u1', 'u2', 'u3', 'u10', 'u999', 'u1000', 'u0', ...optionIds), junk), scoreDigits, name)
    .map(([id, d, nm]) => `${id}.${d}.${nm}`);
  const removed = fc.array(fc.oneof(fc.constantFrom(...optionIds, '', 'u1'), junk), { maxLength: 5 }).map((ids) => ids.join('.'));
  const requirementIds = w.input.requirements.map((r) => r.id);
  const fromAdvisor = fc
    .tuple(fc.constantFrom('advisor', 'advisor', 'search', ''), fc.array(fc.oneof(fc.constantFrom(...requirementIds, 'nope', '__proto__'), junk), { maxLength: 4 }))
    .map(([origin, ids]) => [origin, ...ids].join('.'));
  return fc.oneof(
    { weight: 4, arbitrary: numberText },
    { weight: 2, arbitrary: fc.constantFrom('0', '1') },
    { weight: 1, arbitrary: fc.constantFrom(...SPREADS, ...WEIGHT_BANDS, 0.3, 3).map(String) },
    { weight: 2, arbitrary: scoreDigits },
    { weight: 2, arbitrary: added },
    { weight: 2, arbitrary: removed },
    { weight: 1, arbitrary: fc.constantFrom('calc', 'case', 'CALC', '') },
    { weight: 1, arbitrary: fromAdvisor },
    { weight: 3, arbitrary: junk },
  );
}

/** A matrix query (the part after `#matrix=<case>&`) for widget `w`: structured, raw junk, or rarely very long. */
function queryFor(w: Widget): fc.Arbitrary<string> {
  const structured = queryOf(dottedKey(wordsFor(w)), valuesFor(w));
  return fc.oneof(
    { weight: 30, arbitrary: structured },
    { weight: 6, arbitrary: fc.string({ unit: fc.oneof(codeUnit, fc.constantFrom('%', '=', '&', '.', '+')), maxLength: 200 }) },
    { weight: 1, arbitrary: longQuery(structured, MAX_QUERY_LENGTH) },
  );
}

const widgetIndex = fc.integer({ min: 0, max: widgets.length - 1 });
const queries = widgets.map(queryFor);
const caseAndQuery = widgetIndex.chain((i) => fc.tuple(fc.constant(i), queries[i] as fc.Arbitrary<string>));

/** A whole location hash: this matrix's, another case's, the advisor's, or anything else. */
const caseAndHash = widgetIndex.chain((i) => {
  const w = widgets[i] as Widget;
  const q = queries[i] as fc.Arbitrary<string>;
  const other = fc.constantFrom(...caseIds.filter((id) => id !== w.id));
  const advisor = queryOf(dottedKey([...ADVISOR_FIELD_NAMES, 'advisor']), fc.oneof(numberText, junk, fc.constantFrom('usb', 'none', '1', '0')));
  return fc.tuple(
    fc.constant(i),
    fc.oneof(
      { weight: 10, arbitrary: q.map((s) => `#matrix=${encodeURIComponent(w.id)}&${s}`) },
      { weight: 2, arbitrary: q.map((s) => `matrix=${w.id}&${s}`) },
      { weight: 1, arbitrary: fc.constantFrom(`#matrix=${w.id}`, `#matrix=${w.id}&`, '#matrix=', '#', '', `#matrix=${w.id.toUpperCase()}&w.x=1`) },
      { weight: 2, arbitrary: fc.tuple(other, q).map(([id, s]) => `#matrix=${id}&${s}`) },
      { weight: 2, arbitrary: advisor.map((s) => `#advisor&${s}`) },
      { weight: 3, arbitrary: fc.tuple(q, advisor, calcQuery(w)).map(([s, a, c]) => `#calc=${w.calculator?.id ?? w.id}&${c}&matrix=${w.id}&${s}&advisor&${a}`) },
      { weight: 2, arbitrary: fc.tuple(junk, junk).map(([a, b]) => `#${a}${b}`) },
    ),
  );
});

/** The case calculator's section: its own inputs at any value, and junk. */
function calcQuery(w: Widget): fc.Arbitrary<string> {
  return queryOf(dottedKey([...(w.calculator?.fields ?? []), 'x']), fc.oneof(numberText, junk));
}

const score = fc.integer({ min: 1, max: 5 });

/** Canonical states over a real case: what the island itself can produce. */
function canonicalFor(w: Widget): fc.Arbitrary<MatrixState> {
  const { criteria, options, requirements } = w.input;
  const pairs = options.flatMap((o) => criteria.map((c) => ({ key: `${o.id}:${c.id}`, base: o.scores[c.id] })));
  const weight = (base: number) =>
    fc.oneof(
      fc.constant(base),
      fc.constant(0),
      fc.constantFrom(WEIGHT_MAX, 5e-324, 1e-300, 0.05),
      fc.double({ min: 0, max: WEIGHT_MAX, noNaN: true }).map((x) => x + 0),
      fc.integer({ min: 0, max: WEIGHT_MAX }),
    );
  const name = fc
    .oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), nasty, fc.constantFrom('NaN', 'Infinity', 'undefined', 'a|b', 'x\\|y', '{option}'))
    .map(cleanName)
    .filter((n) => n !== '');
  const addedOption = fc.record({ n: fc.integer({ min: 1, max: 999 }), name, scores: fc.tuple(...criteria.map(() => score)) });
  return fc
    .record({
      weights: fc.tuple(...criteria.map((c) => weight(c.weight))),
      scores: fc.tuple(...pairs.map(() => fc.option(score, { nil: undefined, freq: 3 }))),
      requirements: fc.tuple(...requirements.map(() => fc.boolean())),
      thresholds: fc.tuple(
        ...requirements.map((q) =>
          fc.option(fc.oneof(fc.double({ min: 0, max: thresholdField(q.unit).max, noNaN: true }).map((t) => t + 0), fc.constantFrom(0, 1, q.value / 2, q.value * 2)), { nil: undefined, freq: 3 }),
        ),
      ),
      source: fc.constantFrom(...SCORE_SOURCES),
      fromAdvisor: fc.option(fc.subarray(requirements.map((q) => q.id)), { nil: null }),
      removed: fc.shuffledSubarray(options.map((o) => o.id)),
      spread: fc.constantFrom(...SPREADS),
      weightBand: fc.constantFrom(...WEIGHT_BANDS),
      // Mostly a few reader options, sometimes as many as allowed.
      added: fc.oneof(
        { weight: 4, arbitrary: fc.uniqueArray(addedOption, { maxLength: 3, selector: (a) => a.n }) },
        { weight: 1, arbitrary: fc.uniqueArray(addedOption, { minLength: 4, maxLength: MAX_ADDED, selector: (a) => a.n }) },
      ),
    })
    .map((r) => {
      const state = defaultState(w.input);
      criteria.forEach((c, k) => (state.weights[c.id] = r.weights[k] ?? c.weight));
      pairs.forEach((p, k) => {
        const s = r.scores[k];
        if (s !== undefined && s !== p.base) state.scores[p.key] = s;
      });
      requirements.forEach((q, k) => {
        if (r.requirements[k]) state.requirements[q.id] = !q.active;
        const t = r.thresholds[k];
        if (t !== undefined && t !== q.value && t <= thresholdField(q.unit).max) state.thresholds[q.id] = t;
      });
      state.source = r.source;
      state.fromAdvisor = r.fromAdvisor;
      state.removed = r.removed;
      state.spread = r.spread;
      state.weightBand = r.weightBand;
      state.added = r.added.map((a) => ({
        id: `u${a.n}`,
        name: a.name,
        scores: Object.fromEntries(criteria.map((c, k) => [c.id, a.scores[k] ?? 1])),
      }));
      return state;
    });
}

/** States no codec would produce: bad numbers, unknown and prototype keys, clashing ids, dirty names. */
function invalidFor(w: Widget): fc.Arbitrary<MatrixState> {
  const criteria = w.input.criteria.map((c) => c.id);
  const options = w.input.options.map((o) => o.id);
  const anyNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e309, -1, 6, 0, 2.5, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE),
    fc.integer({ min: -10, max: 10 }),
  );
  const key = fc.oneof(fc.constantFrom(...criteria, '__proto__', 'constructor', 'toString', ''), junk);
  const record = <T>(k: fc.Arbitrary<string>, v: fc.Arbitrary<T>) =>
    fc.array(fc.tuple(k, v), { maxLength: 6 }).map((entries) => Object.fromEntries(entries) as Record<string, T>);
  const pairKey = fc.tuple(fc.constantFrom(...options, 'u1', '__proto__'), key).map(([o, c]) => `${o}:${c}`);
  const added = fc.record({
    id: fc.oneof(fc.constantFrom('u1', 'u1', 'u2', 'u0', '', '__proto__', ...options), junk),
    name: fc.oneof(junk, fc.string({ unit: codeUnit, maxLength: 80 })),
    scores: record(key, anyNumber),
  });
  return fc.record({
    weights: fc.oneof(record(key, anyNumber), fc.tuple(...criteria.map(() => anyNumber)).map((ws) => Object.fromEntries(criteria.map((c, k) => [c, ws[k]])))),
    scores: record(pairKey, anyNumber),
    requirements: record(fc.oneof(fc.constantFrom(...w.input.requirements.map((r) => r.id)), key), fc.boolean()),
    thresholds: record(fc.oneof(fc.constantFrom(...w.input.requirements.map((r) => r.id)), key), anyNumber),
    source: fc.oneof(fc.constantFrom('case', 'calc'), junk),
    fromAdvisor: fc.option(fc.array(fc.constantFrom(...w.input.requirements.map((r) => r.id), 'nope', '__proto__'), { maxLength: 4 }), { nil: null }),
    // Mostly a few, sometimes more than MAX_ADDED.
    added: fc.oneof({ weight: 9, arbitrary: fc.array(added, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(added, { minLength: MAX_ADDED, maxLength: MAX_ADDED + 2 }) }),
    removed: fc.array(fc.oneof(fc.constantFrom(...options), junk), { maxLength: 8 }),
    spread: anyNumber,
    weightBand: anyNumber,
  }) as fc.Arbitrary<MatrixState>;
}

/** A number as the data (or a careless edit of it) could hold one. */
const weirdNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1, 50, 100, 1e-9, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.integer({ min: -1000, max: 1000 }),
);
const UNITS = unitSchema.options as readonly Unit[];

/** The case's matrix with random thresholds, switches and figures (in any unit), as a widget of its own. */
function thresholdsFor(w: Widget): fc.Arbitrary<Widget> {
  const comparator = fc.constantFrom('<', '<=', '>', '>=' as const);
  const figureComparator = fc.constantFrom('<', '<=', '>', '>=', '~', '=' as const);
  const amount = fc.oneof(weirdNumber, fc.tuple(weirdNumber, weirdNumber));
  const someUnit = (own: Unit) => fc.oneof({ weight: 3, arbitrary: fc.constant(own) }, { weight: 1, arbitrary: fc.constantFrom(...UNITS) });
  return fc
    .record({
      requirements: fc.tuple(
        ...w.input.requirements.map((r) => fc.record({ comparator, value: weirdNumber, unit: someUnit(r.unit), active: fc.boolean() })),
      ),
      figures: fc.tuple(
        ...w.input.options.map((o) =>
          fc.tuple(...o.figures.map((f) => fc.option(fc.record({ comparator: figureComparator, value: amount, unit: someUnit(f.unit) }), { nil: undefined, freq: 6 }))),
        ),
      ),
    })
    .map(({ requirements, figures }) => ({
      ...w,
      input: {
        ...w.input,
        requirements: w.input.requirements.map((r, k) => ({ ...r, ...requirements[k] })),
        options: w.input.options.map((o, i) => ({
          ...o,
          figures: o.figures.flatMap((f, j) => {
            const changed = figures[i]?.[j];
            return changed === undefined ? [f] : [{ ...f, ...changed }];
          }),
        })),
      },
    }));
}

const canonicalStates = widgets.map(canonicalFor);
const invalidStates = widgets.map(invalidFor);
const caseAndCanonical = widgetIndex.chain((i) => fc.tuple(fc.constant(i), canonicalStates[i] as fc.Arbitrary<MatrixState>));
const fuzzedThresholds = widgetIndex.chain((i) => thresholdsFor(widgets[i] as Widget));
const caseAndInvalid = widgetIndex.chain((i) => fc.tuple(fc.constant(i), invalidStates[i] as fc.Arbitrary<MatrixState>));

// ---------------------------------------------------------------------------------------------------------
// Checks (plain throws: they run tens of thousands of times)

function fail(message: string, detail?: unknown): never {
  throw new Error(detail === undefined ? message : `${message}: ${JSON.stringify(detail, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}`);
}

/** The decoder's promise (see MatrixState): a canonical state over `w`. */
function expectCanonical(w: Widget, s: MatrixState): void {
  const { criteria, options, requirements } = w.input;
  const keys = Object.keys(s.weights);
  if (keys.length !== criteria.length || criteria.some((c) => !Object.hasOwn(s.weights, c.id))) fail('weights must hold exactly the criteria', keys);
  for (const c of criteria) {
    const v = s.weights[c.id] as number;
    if (!Number.isFinite(v) || v < 0 || v > WEIGHT_MAX || Object.is(v, -0)) fail(`bad weight for ${c.id}`, v);
  }
  for (const [k, v] of Object.entries(s.scores)) {
    const [o, c] = k.split(':');
    const option = options.find((x) => x.id === o);
    if (!option || !criteria.some((x) => x.id === c) || !Number.isInteger(v) || v < 1 || v > 5 || option.scores[c ?? ''] === v) fail('bad score override', [k, v]);
  }
  for (const [k, v] of Object.entries(s.requirements)) {
    const r = requirements.find((x) => x.id === k);
    if (!r || typeof v !== 'boolean' || v === r.active) fail('bad requirement override', [k, v]);
  }
  for (const [k, v] of Object.entries(s.thresholds)) {
    const r = requirements.find((x) => x.id === k);
    if (!r || !Number.isFinite(v) || v < 0 || v > thresholdField(r.unit).max || v === r.value || Object.is(v, -0)) fail('bad threshold override', [k, v]);
  }
  if (!SCORE_SOURCES.includes(s.source)) fail('bad score source', s.source);
  if (s.fromAdvisor !== null && !same(s.fromAdvisor, requirements.map((r) => r.id).filter((id) => s.fromAdvisor?.includes(id)))) fail('bad advisor list', s.fromAdvisor);
  if (new Set(s.removed).size !== s.removed.length || s.removed.some((id) => !options.some((o) => o.id === id))) fail('bad removed', s.removed);
  if (s.added.length > MAX_ADDED) fail('too many added', s.added.length);
  if (!SPREADS.includes(s.spread) || Object.is(s.spread, -0)) fail('bad spread', s.spread);
  if (!WEIGHT_BANDS.includes(s.weightBand) || Object.is(s.weightBand, -0)) fail('bad weight band', s.weightBand);
  const ids = new Set<string>();
  for (const a of s.added) {
    if (!/^u[1-9][0-9]{0,2}$/.test(a.id) || ids.has(a.id) || options.some((o) => o.id === a.id)) fail('bad added id', a.id);
    ids.add(a.id);
    if (a.name === '' || cleanName(a.name) !== a.name || [...a.name].length > NAME_MAX || !a.name.isWellFormed()) fail('bad added name', a.name);
    const scoreKeys = Object.keys(a.scores);
    if (scoreKeys.length !== criteria.length) fail('added scores must hold exactly the criteria', scoreKeys);
    for (const c of criteria) {
      const v = a.scores[c.id];
      if (v === undefined || !Number.isInteger(v) || v < 1 || v > 5) fail('bad added score', [c.id, v]);
    }
  }
}

/** Deep equality of plain data, −0 and +0 told apart (cheaper than expect().toEqual at these run counts). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (!same(actual, expected)) fail(`${what}: got ${JSON.stringify(actual)}, expected`, expected);
}

function expectIgnoredTidy(ignored: Ignored[]): void {
  if (ignored.length > 21) fail('too many ignored entries', ignored.length);
  for (const m of ignored) {
    if (!PROBLEMS.has(m.problem)) fail('unknown problem', m.problem);
    if ([...m.setting].length > 80 || !m.setting.isWellFormed() || /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(m.setting)) fail('untidy setting', m.setting);
  }
}

function expectText(text: string, what: string): void {
  if (BROKEN_TEXT.test(text) || UNFILLED.test(text) || !text.isWellFormed()) fail(`${what} shows broken text`, text);
}

function expectFinite(values: readonly (number | null | undefined)[], what: string): void {
  for (const v of values) if (v !== null && v !== undefined && !Number.isFinite(v)) fail(`${what} is not finite`, v);
}

/** Counts `|` cell separators, skipping escaped characters. */
function pipes(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '\\') i += 1;
    else if (line[i] === '|') n += 1;
  }
  return n;
}

interface Model {
  current: MatrixInput;
  result: MatrixResult;
  sensitivity: SensitivityResult;
}

/** The island's UI for a state, with the calculator's scores computed as the island does once they are asked for. */
function uiOf(w: Widget, state: MatrixState, ignored: Ignored[], calcQuery: string | null): MatrixUi {
  const ui = { ...initialUi(w.input), state, ignored, calcQuery };
  return state.source === 'calc' ? withCalculatorScores(ui, w.derive.en) : ui;
}

/** The engine's results for a state, as the view model computes them (derived scores included). */
function model(w: Widget, ui: MatrixUi): Model {
  const current = applyState(scoredInput(w.input, ui).input, ui.state);
  const result = evaluateMatrix(current);
  return { current, result, sensitivity: analyseSensitivity(current, result) };
}

/** The island's view of a state in one locale: exactly what MatrixIsland renders. */
function viewOf(locale: Locale, w: Widget, ui: MatrixUi): MatrixView {
  return matrixView({ locale, labels: w.labels[locale], input: w.input, derive: w.derive[locale] }, ui, translators[locale], SAMPLES);
}

/** Every string and number a view holds, however deep. */
function collect(value: unknown, texts: string[], numbers: number[]): void {
  if (typeof value === 'string') texts.push(value);
  else if (typeof value === 'number') numbers.push(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, texts, numbers);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) collect(v, texts, numbers);
}

/** The model's numbers are finite and within their ranges. */
function expectSoundModel(current: MatrixInput, result: MatrixResult, sensitivity: SensitivityResult): void {
  if (!result.ok) {
    if (sensitivity.ok) fail('sensitivity without an evaluation');
    return;
  }
  const fractions = result.weights.map((x) => x.fraction);
  expectFinite(fractions, 'a weight fraction');
  if (fractions.some((f) => f < 0 || f > 1) || Math.abs(fractions.reduce((a, b) => a + b, 0) - 1) > 1e-9) fail('fractions do not sum to 1', fractions);
  const n = current.options.length;
  for (const o of result.options) {
    expectFinite([o.total, o.rank, o.eligibleRank, o.stated], `option ${o.id}`);
    if (o.total < 1 - 1e-9 || o.total > 5 + 1e-9) fail('total outside 1–5', o);
    if (o.rank < 1 || o.rank > n) fail('rank outside 1–n', o);
  }
  expectFinite([result.margin], 'the margin');
  if (result.margin !== null && result.margin <= 0) fail('a winner leads by a positive margin', result.margin);
  if (!sensitivity.ok) fail('evaluation without sensitivity');
  for (const s of sensitivity.criteria) {
    expectFinite([s.current], 'a current weight');
    if (s.status !== 'winner') continue;
    expectFinite([s.lo, s.hi], 'a sensitivity bound');
    if (s.lo < 0 || s.hi > 1 || s.lo > s.hi) fail('bad sensitivity interval', s);
    if (s.current < s.lo - 1e-9 || s.current > s.hi + 1e-9) fail('the current weight lies outside the winning interval', s);
  }
}

/**
 * Renders a state in both locales through the island's view model and checks model, numbers and text.
 * Reader-written text (added names, ignored settings) is replaced by a token first, so that a name such as
 * "NaN" cannot hide or fake a broken number.
 */
function expectSoundView(w: Widget, state: MatrixState, ignored: Ignored[], calcQuery: string | null = null): void {
  // The calculator's scores, computed once: they depend on neither the locale nor the options' names.
  const ui = uiOf(w, state, ignored, calcQuery);
  const m = model(w, ui);
  expectSoundModel(m.current, m.result, m.sensitivity);
  const tokenState = { ...state, added: state.added.map((a) => ({ ...a, name: `‹${a.id}›` })) };
  const tokenIgnored = ignored.map((i) => ({ ...i, setting: '‹setting›' }));
  for (const locale of LOCALES) {
    const view = viewOf(locale, w, { ...ui, state: tokenState, ignored: tokenIgnored });
    const texts: string[] = [];
    const numbers: number[] = [];
    collect(view, texts, numbers);
    expectFinite(numbers, 'a number in the view');
    for (const text of texts) expectText(text, 'the view');
    expectText(view.markdown('https://example.test/'), 'the Markdown export');
    // Ranks belong to eligible options only; excluded options come last.
    const firstExcluded = view.rows.findIndex((r) => r.excludedBy !== null);
    if (view.rows.some((r, k) => (r.excludedBy !== null) !== (firstExcluded >= 0 && k >= firstExcluded) || (r.excludedBy !== null && r.rank !== null))) fail('an excluded option is ranked or listed among eligible ones', view.rows);
    // The odds: eligible options only, each 0–1, summing to 1 whenever there was anything to sample.
    const odds = view.robustness.odds;
    if (odds.some((o) => o.probability < 0 || o.probability > 1 || view.rows.find((r) => r.id === o.id)?.excludedBy !== null)) fail('bad odds', odds);
    if (view.robustness.verdict !== null && Math.abs(odds.reduce((a, o) => a + o.probability, 0) - 1) > 1e-9) fail('the odds do not sum to 1', odds);
  }
  // With the reader's own names in place, every Markdown row keeps its columns (names may hold | and \).
  const markdown = viewOf('en', w, ui).markdown(`https://example.test/${withSection('', 'matrix', w.id, encodeState(state, w.input))}`);
  const rows = markdown.split('\n').filter((l) => l.startsWith('| '));
  const columns = 1 + m.current.criteria.length + (m.result.ok ? 2 : 0);
  if (rows.length !== m.current.options.length + 2 || rows.some((l) => pipes(l) !== columns + 1)) fail('a Markdown row lost its columns', markdown);
  if (!markdown.isWellFormed()) fail('the Markdown export is not well-formed');
}

// ---------------------------------------------------------------------------------------------------------

guardPrototypes();

describe(`matrix fuzz (${FUZZ_RUNS} runs each, the four real cases)`, () => {
  it('the real cases are all here', () => {
    expect(caseIds.length).toBeGreaterThan(0);
    expect(new Set(caseIds).size).toBe(caseIds.length);
  });

  it('the checks themselves catch a NaN or an infinite number on its way to the view', () => {
    const w = widgets[0] as Widget;
    for (const stated of [Number.NaN, Infinity]) {
      const broken = { ...w, input: { ...w.input, options: w.input.options.map((o, i) => (i === 0 ? { ...o, statedTotal: stated } : o)) } };
      expect(() => expectSoundView(broken, defaultState(broken.input), [])).toThrow(/not finite|broken text/);
    }
  });

  it('decodeState never throws on malformed queries, returns a canonical state and a tidy list of what it ignored', () => {
    fc.assert(
      fc.property(caseAndQuery, ([i, query]) => {
        const w = widgets[i] as Widget;
        const { state, ignored } = decodeState(query, w.input);
        expectCanonical(w, state);
        expectIgnoredTidy(ignored);
        if (ignored.some((m) => m.problem === 'unreadable')) fail('the decoder fell back to its catch-all', query);
        // Canonical: re-encoding and decoding changes nothing and ignores nothing.
        const again = canonicalState(state, w.input);
        if (again.ignored.length > 0) fail('a decoded state re-encodes with problems', again.ignored);
        expectSame(again.state, state, 'a decoded state is not canonical');
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it('any location hash reaches the view with finite numbers and clean text in both locales, and re-links exactly', () => {
    fc.assert(
      fc.property(caseAndHash, ([i, hash]) => {
        const w = widgets[i] as Widget;
        const query = sectionQuery(hash, 'matrix', w.id);
        const mine = readSections(hash).some((s) => s.widget === 'matrix' && s.id === w.id);
        if ((query !== null) !== mine) fail('sectionQuery claimed a hash of something else, or missed its own', hash);
        const { state, ignored } = query === null ? { state: defaultState(w.input), ignored: [] } : decodeState(query, w.input);
        expectSoundView(w, state, ignored, w.calculator && sectionQuery(hash, 'calc', w.calculator.id));
        // The hash the island writes back reads back to the same state, and holds no section when unchanged.
        const encoded = encodeState(state, w.input);
        const link = withSection(hash, 'matrix', w.id, encoded);
        const back = sectionQuery(link, 'matrix', w.id);
        if (encoded === '') {
          expectSame(state, defaultState(w.input), 'an empty query for a changed state');
          if (back !== null) fail('a matrix at its defaults left a section in the hash', link);
        } else {
          if (back !== encoded) fail('the written hash does not read back as written', [link, encoded]);
          expectSame(decodeState(back, w.input), { state, ignored: [] }, 'the written hash reads back differently');
          for (const other of caseIds) if (other !== w.id && sectionQuery(link, 'matrix', other) !== sectionQuery(hash, 'matrix', other)) fail(`writing ${w.id} changed ${other}'s section`, link);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it('every state the island can hold (random valid states of the real cases) gives a sound model and view', () => {
    fc.assert(
      fc.property(caseAndCanonical, ([i, state]) => {
        const w = widgets[i] as Widget;
        expectCanonical(w, state);
        expectSame(decodeState(encodeState(state, w.input), w.input), { state, ignored: [] }, 'a valid state does not survive its URL form');
        expectSoundView(w, state, []);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it('requirement thresholds and figures of any value and unit (NaN, ±Infinity, reversed ranges) never throw or show NaN', () => {
    fc.assert(
      fc.property(fuzzedThresholds, (w) => {
        const { result } = model(w, uiOf(w, defaultState(w.input), [], null));
        if (!result.ok) fail('the case weights stopped evaluating');
        result.options.forEach((o, i) => {
          const option = w.input.options[i];
          w.input.requirements.forEach((r, j) => {
            const status = o.checks[j]?.status;
            const figure = option && figureFor(option.figures, r.metric);
            if (status !== checkRequirement(figure, r)) fail('the evaluation and checkRequirement disagree', [o.id, r.id]);
            if (figure === undefined ? status !== 'no-figure' : status === 'no-figure') fail('no-figure must mean no figure', [o.id, r.id, status]);
            // Unknown or incomparable values can never let an option pass.
            if (figure && (!sameDimension(figure.unit, r.unit) || Number.isNaN(r.value)) && status !== 'fail') fail('an incomparable threshold passed', [figure, r]);
            // (Against an infinite threshold a one-sided figure such as ">= NaN" may pass "< Infinity"; validation
            // rejects both NaN and Infinity, so only finite thresholds are held to this.)
            if (figure && typeof figure.value === 'number' && Number.isNaN(figure.value) && Number.isFinite(r.value) && status !== 'fail') {
              fail('a NaN figure passed', [figure, r]);
            }
          });
          const expected = w.input.requirements.filter((r, j) => r.active && o.checks[j]?.status === 'fail').map((r) => r.id);
          expectSame(o.excludedBy, expected, 'excludedBy is not the active failing requirements');
        });
        expectSoundView(w, defaultState(w.input), []);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it('states that bypass the codec (NaN, ±Infinity, −0, 1e309, unknown and prototype keys) never throw or show NaN', () => {
    fc.assert(
      fc.property(caseAndInvalid, ([i, state]) => {
        const w = widgets[i] as Widget;
        // The model on the raw state: either it refuses the weights or every number is finite.
        const { result, sensitivity } = model(w, uiOf(w, state, [], null));
        expectFinite(result.ok ? result.options.flatMap((o) => [o.total, o.rank]) : [], 'a total or rank');
        if (result.ok) expectFinite(sensitivity.ok ? sensitivity.criteria.flatMap((s) => (s.status === 'winner' ? [s.lo, s.hi, s.current] : [s.current])) : [], 'a sensitivity number');
        for (const locale of LOCALES) {
          const summary = matrixSummary(locale, translators[locale], result, (id) => (Object.hasOwn(w.labels[locale].options, id) ? (w.labels[locale].options[id] as string) : '‹added›'));
          expectText(summary, 'the summary');
        }
        // Made canonical, it is sound all the way to the view.
        const { state: clean, ignored } = canonicalState(state, w.input);
        expectCanonical(w, clean);
        expectIgnoredTidy(ignored);
        expectSoundView(w, clean, ignored);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);
});
