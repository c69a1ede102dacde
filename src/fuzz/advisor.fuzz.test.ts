/**
 * Fuzzing the scenario advisor with the real decision tree and scenario rows (read through the content loader):
 * malformed URL state → decodeAdvisorInput → advise → the text the island shows, in both locales; and arbitrary
 * JavaScript values → validateAdvisorInput. Nothing may throw, every number that reaches the view must be
 * finite and in range, and no text may show "NaN", "Infinity", "undefined" or an unfilled {placeholder}.
 * advisor.test.ts checks the codec and the walk with fast-check's default run count; this file throws far
 * nastier input at them, FUZZ_RUNS times per property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCases, loadDecisionTree, loadScenarios } from '../content/load';
import {
  ADVISOR_FIELD_NAMES,
  ADVISOR_FIELDS,
  DEFAULT_ADVISOR_INPUT,
  advise,
  decodeAdvisorInput,
  encodeAdvisorInput,
  validateAdvisorInput,
  type AdvisorField,
  type AdvisorInput,
  type AdvisorValue,
  type FieldSpec,
} from '../engine/advisor';
import { LOCALES, type Locale } from '../i18n/locale';
import { translator, type Translate } from '../i18n/translate';
import { messagesFor, type UiKey } from '../i18n/ui';
import { BROKEN_TEXT, FUZZ_RUNS, UNFILLED, codeUnit, dottedKey, junk, longQuery, guardPrototypes, numberText, queryOf } from './garbage';

const root = new URL('../..', import.meta.url).pathname;
/** Generous: on a slow machine the runs take seconds, not the default 5. */
const TIMEOUT = 120_000;

const { rows } = loadScenarios(root);
const tree = loadDecisionTree(root, rows);
const cases = loadCases(root);
const caseTitles = Object.fromEntries(LOCALES.map((l) => [l, Object.fromEntries(cases.map((c) => [c.id, c.title[l]]))])) as Record<
  Locale,
  Record<string, string>
>;
const nodes = new Map(tree.nodes.map((n) => [n.id, n]));

/** The island's messages (see Advisor.astro), and a Translate that fails on a key the island was not given. */
const PREFIXES = ['advisor.', 'device.', 'kernel.', 'isolation.', 'resources.', 'billing.', 'matrix.message'];
const translators = Object.fromEntries(
  LOCALES.map((locale) => {
    const messages = messagesFor(locale, PREFIXES);
    const tr = translator(messages);
    const strict: Translate = (key, vars) => {
      if (messages[key] === undefined) throw new Error(`the advisor island has no "${key}" message in ${locale}`);
      return tr(key, vars);
    };
    return [locale, strict];
  }),
) as Record<Locale, Translate>;

/** The i18n key prefix of each choice field's values (as in AdvisorIsland.tsx). */
const CHOICE_PREFIX: Partial<Record<AdvisorField, string>> = { device: 'device', isolation: 'isolation', kernel: 'kernel', resources: 'resources', billing: 'billing' };

// ---------------------------------------------------------------------------------------------------------
// Generators

const allChoices = ADVISOR_FIELD_NAMES.flatMap((f) => {
  const spec = ADVISOR_FIELDS[f];
  return spec.kind === 'choice' ? [...spec.values] : [];
});
/** Keys of this widget, of the matrix widget's hash, and prototype words. */
const WORDS = [
  ...ADVISOR_FIELD_NAMES,
  ...ADVISOR_FIELD_NAMES.map((f) => f.toLowerCase()),
  'advisor', 'matrix', 'w', 's', 'r', 'rm', 'add', ...cases.map((c) => c.id), 'startup', 'opt1', 'u1',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
];
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...allChoices, 'ebpf', 'USB', 'none', 'None', 'null', '1', '0', 'true', 'false', 'yes', 'on', '') },
  { weight: 4, arbitrary: numberText },
  { weight: 1, arbitrary: fc.constantFrom(' 5', '5 ', '\t5', '0x10', '0b11', '0o7', '1e3', '1_000', '+5', '.5', '5.', '1e-7', '600001', '-1', '0', '100001') },
  { weight: 3, arbitrary: junk },
);
const structured = queryOf(dottedKey(WORDS).map((k) => k.split('.')[0] ?? k), value);
/** Query text after `#advisor&`: structured, raw junk, a matrix widget's hash, or rarely very long. */
const advisorQuery = fc.oneof(
  { weight: 30, arbitrary: structured },
  { weight: 4, arbitrary: queryOf(dottedKey(WORDS), value) },
  { weight: 6, arbitrary: fc.string({ unit: fc.oneof(codeUnit, fc.constantFrom('%', '=', '&', '+', '#', '?')), maxLength: 200 }) },
  { weight: 2, arbitrary: fc.constantFrom('matrix=edge&w.startup=0.4&s.docker-k3s.startup=3', 'matrix=serverless&rm=docker-k8s&add=u1.3333.Mine', 'advisor', '#advisor&device=usb') },
  { weight: 1, arbitrary: longQuery(structured, 20_000) },
);

function valueArbitrary(spec: FieldSpec): fc.Arbitrary<AdvisorValue> {
  switch (spec.kind) {
    case 'choice':
      return fc.constantFrom(...(spec.values as readonly AdvisorValue[]));
    case 'flag':
      return fc.boolean();
    case 'number': {
      const edges = fc.constantFrom(spec.min, spec.max, 1, 2, 49, 50, 51, 99, 100, 101);
      const number = spec.integer
        ? fc.oneof(edges, fc.integer({ min: spec.min, max: spec.max }))
        : fc.oneof(edges, fc.double({ min: spec.min, max: spec.max, noNaN: true }));
      return spec.nullable ? fc.option(number, { nil: null }) : number;
    }
  }
}
const validInput = fc.record(Object.fromEntries(ADVISOR_FIELD_NAMES.map((f) => [f, valueArbitrary(ADVISOR_FIELDS[f])]))) as fc.Arbitrary<AdvisorInput>;

/** Any JavaScript value where a field's value should be. */
const anyValue = fc.oneof(
  fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true, withTypedArray: true }),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e309, Number.MAX_VALUE, Number.MIN_VALUE, -1, 0, 0.5, 600_001, 100_001, null, undefined, true, false, '', 'usb', '5'),
  fc.constantFrom(...allChoices),
);
/** Objects with the fields, unknown keys and prototype keys, or not an object at all. */
const anyRaw = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), junk), anyValue), { maxLength: 16 }).map((entries) => Object.fromEntries(entries)) },
  { weight: 2, arbitrary: fc.array(fc.tuple(fc.constantFrom(...WORDS), anyValue), { maxLength: 16 }).map((entries) => Object.assign(Object.create(null), Object.fromEntries(entries))) },
  { weight: 1, arbitrary: fc.string().map((key) => JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(key)}: 1}`)) },
  { weight: 1, arbitrary: anyValue },
);

// ---------------------------------------------------------------------------------------------------------
// Checks

function fail(message: string, detail?: unknown): never {
  throw new Error(detail === undefined ? message : `${message}: ${JSON.stringify(detail, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}`);
}

/** A valid AdvisorInput: exactly the fields, each a value its spec allows. */
function expectValidInput(input: AdvisorInput): void {
  const keys = Object.keys(input);
  if (keys.length !== ADVISOR_FIELD_NAMES.length || ADVISOR_FIELD_NAMES.some((f) => !Object.hasOwn(input, f))) fail('input must hold exactly the fields', keys);
  for (const field of ADVISOR_FIELD_NAMES) {
    const spec = ADVISOR_FIELDS[field];
    const v: unknown = input[field];
    const ok =
      spec.kind === 'choice'
        ? typeof v === 'string' && spec.values.includes(v)
        : spec.kind === 'flag'
          ? typeof v === 'boolean'
          : (v === null && spec.nullable) ||
            (typeof v === 'number' && Number.isFinite(v) && v >= spec.min && v <= spec.max && (!spec.integer || Number.isInteger(v)) && !Object.is(v, -0));
    if (!ok) fail(`bad value for ${field}`, v);
  }
}

function expectText(text: string, what: string): void {
  if (BROKEN_TEXT.test(text) || UNFILLED.test(text) || !text.isWellFormed()) fail(`${what} shows broken text`, text);
}

/**
 * The advice for `input`, and everything the island shows for it (AdvisorIsland.tsx), in both locales.
 * Unknown keys a reader wrote are shown as a token, so a key such as "NaN" cannot hide or fake a broken number.
 */
function expectSoundAdvice(input: AdvisorInput, ignored: readonly string[]): void {
  const advice = advise(tree, rows, input);
  const leaf = nodes.get(advice.leafId);
  if (leaf?.kind !== 'leaf' || advice.path[0] !== tree.root || advice.path.at(-1) !== advice.leafId) fail('the walk did not go from the root to a leaf', advice.path);
  if (advice.fired.length !== advice.path.length - 1) fail('one fired rule per decision', advice.fired);
  if (advice.case !== null && caseTitles.en[advice.case] === undefined) fail('the advice names an unknown case', advice.case);
  for (const locale of LOCALES) {
    const tr = translators[locale];
    const label = (field: AdvisorField) => tr(`advisor.q.${field}` as UiKey);
    const sep = locale === 'zh' ? '、' : ', ';
    const texts = [
      advice.recommended[locale],
      advice.alternative[locale],
      advice.keyFactors.map((f) => f[locale]).join(sep),
      advice.scenarioRows.length === 0 ? tr('advisor.noRow') : advice.scenarioRows.map((r) => r.scenario[locale]).join(sep),
      ...advice.conflicts.map((c) => c.message[locale]),
      ...advice.fired.map((f) => f.reason[locale]),
    ];
    if (advice.case !== null) texts.push(tr('advisor.case', { case: caseTitles[locale][advice.case] ?? advice.case }));
    if (ignored.length > 0) {
      texts.push(tr('advisor.ignored', { items: ignored.map((key) => (Object.hasOwn(ADVISOR_FIELDS, key) ? label(key as AdvisorField) : '‹key›')).join('; ') }));
    }
    for (const field of ADVISOR_FIELD_NAMES) {
      const spec = ADVISOR_FIELDS[field];
      const v = input[field];
      texts.push(label(field));
      if (spec.kind === 'choice') {
        texts.push(String(v), ...spec.values.map((x) => tr(`${CHOICE_PREFIX[field]}.${x}` as UiKey)));
      } else if (spec.kind === 'number') {
        // The number input's value and its bounds.
        texts.push(v === null ? '' : String(v), String(spec.min), String(spec.max));
        if (v !== null && !Number.isFinite(v)) fail(`${field} shows a number that is not finite`, v);
      }
    }
    for (const text of texts) expectText(text, `the advisor (${locale})`);
  }
}

// ---------------------------------------------------------------------------------------------------------

guardPrototypes();

describe(`advisor fuzz (${FUZZ_RUNS} runs each, the real decision tree)`, () => {
  it('decodeAdvisorInput never throws on malformed queries and yields a valid input that re-links exactly', () => {
    fc.assert(
      fc.property(advisorQuery, (query) => {
        const { input, ignored } = decodeAdvisorInput(query);
        expectValidInput(input);
        if (validateAdvisorInput(input).ignored.length > 0) fail('a decoded input does not validate', input);
        // `ignored` names keys that were in the query, once each; fields the query did not mention keep their default.
        const params = new URLSearchParams(query);
        const given = new Set([...params.keys()]);
        if (new Set(ignored).size !== ignored.length || ignored.some((k) => !given.has(k))) fail('ignored names keys that were not given, or repeats one', ignored);
        for (const field of ADVISOR_FIELD_NAMES) if (!given.has(field) && input[field] !== DEFAULT_ADVISOR_INPUT[field]) fail(`${field} changed without being given`);
        // The link the island writes back reads back to the same input, with nothing ignored.
        const again = decodeAdvisorInput(encodeAdvisorInput(input).toString());
        if (again.ignored.length > 0) fail('a decoded input re-encodes with problems', again.ignored);
        expect(again.input).toEqual(input);
        expect(decodeAdvisorInput(`?${encodeAdvisorInput(input).toString()}`).input).toEqual(input);
        expectSoundAdvice(input, ignored);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it('validateAdvisorInput never throws on any JavaScript value and yields a valid input', () => {
    fc.assert(
      fc.property(anyRaw, (raw) => {
        const { input, ignored } = validateAdvisorInput(raw);
        expectValidInput(input);
        if (ignored.some((k) => typeof k !== 'string')) fail('ignored holds something other than keys', ignored);
        expect(decodeAdvisorInput(encodeAdvisorInput(input)).input).toEqual(input);
        expectSoundAdvice(input, ignored);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it('every valid input gets advice whose text is clean in both locales', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(validateAdvisorInput(input)).toEqual({ input, ignored: [] });
        expectSoundAdvice(input, []);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);
});
