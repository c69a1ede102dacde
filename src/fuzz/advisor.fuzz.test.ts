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
import { initialAdvisorUi, typeAnswer } from '../../components/advisor/actions';
import { ADVISOR_MESSAGES } from '../../components/advisor/messages';
import { decodeAdvisorInput, encodeAdvisorInput } from '../../components/advisor/state';
import { advisorView, type AdvisorViewProps } from '../../components/advisor/view-model';
import type { Ignored } from '../../components/widget-kit/params';
import { loadCases, loadDecisionTree, loadScenarios } from '../content/load';
import {
  ADVISOR_FIELD_NAMES,
  ADVISOR_FIELDS,
  DEFAULT_ADVISOR_INPUT,
  advise,
  type AdvisorInput,
} from '../engine/advisor';
import { LOCALES, type Locale } from '../i18n/locale';
import { translator, type Translate } from '../i18n/translate';
import { messagesFor } from '../i18n/ui';
import { inputArbitrary } from './advisor-input';
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
const PREFIXES = ADVISOR_MESSAGES;
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

const props = (locale: Locale): AdvisorViewProps => ({
  locale,
  tree,
  scenarios: rows,
  caseUrls: Object.fromEntries(cases.map((c) => [c.id, `/${locale}/cases/${c.id}/`])),
  caseTitles: caseTitles[locale],
});

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


/** Text a reader may type into a number question. */
const typed = fc.tuple(fc.constantFrom(...ADVISOR_FIELD_NAMES.filter((f) => ADVISOR_FIELDS[f].kind === 'number')), fc.oneof(numberText, junk, fc.constantFrom('', ' ', '5', '0', '1,000', '1e3', '-1', '2.5')));

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

/** Every string and number a view holds, however deep. */
function collect(value: unknown, texts: string[], numbers: number[]): void {
  if (typeof value === 'string') texts.push(value);
  else if (typeof value === 'number') numbers.push(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, texts, numbers);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) collect(v, texts, numbers);
}

/**
 * The advice for an input, and everything the island shows for it (its view model), in both locales. What the
 * reader wrote in a link is shown as a token, so that a setting such as "NaN" cannot hide or fake a broken number.
 */
function expectSoundAdvice(input: AdvisorInput, ignored: readonly Ignored[], drafts = initialAdvisorUi().drafts): void {
  const advice = advise(tree, rows, input);
  const leaf = nodes.get(advice.leafId);
  if (leaf?.kind !== 'leaf' || advice.path[0] !== tree.root || advice.path.at(-1) !== advice.leafId) fail('the walk did not go from the root to a leaf', advice.path);
  if (advice.fired.length !== advice.path.length - 1) fail('one fired rule per decision', advice.fired);
  if (advice.case !== null && caseTitles.en[advice.case] === undefined) fail('the advice names an unknown case', advice.case);
  const tokenDrafts = Object.fromEntries(Object.entries(drafts).map(([k, d]) => [k, { ...d, text: '‹typed›' }]));
  for (const locale of LOCALES) {
    const view = advisorView(props(locale), { input, drafts: tokenDrafts, ignored: ignored.map((i) => ({ ...i, setting: '‹setting›' })) }, translators[locale]);
    const texts: string[] = [];
    const numbers: number[] = [];
    collect(view, texts, numbers);
    for (const n of numbers) if (!Number.isFinite(n)) fail('a number in the view is not finite', n);
    for (const text of texts) expectText(text, `the advisor (${locale})`);
    if (view.leafId !== advice.leafId) fail('the view shows other advice than the engine gives');
  }
}

// ---------------------------------------------------------------------------------------------------------

guardPrototypes();

describe(`advisor fuzz (${FUZZ_RUNS} runs each, the real decision tree)`, () => {
  it('decodeAdvisorInput never throws on malformed queries and yields a valid input that re-links exactly', () => {
    fc.assert(
      fc.property(advisorQuery, (query) => {
        const { state: input, ignored } = decodeAdvisorInput(query);
        expectValidInput(input);
        // Fields the query did not mention keep their default.
        const given = new Set([...new URLSearchParams(query.replace(/^[?#&]/, '')).keys()]);
        for (const field of ADVISOR_FIELD_NAMES) if (!given.has(field) && input[field] !== DEFAULT_ADVISOR_INPUT[field]) fail(`${field} changed without being given`);
        if (ignored.length > 21) fail('too many ignored entries', ignored.length);
        // The link the island writes back reads back to the same input, with nothing ignored.
        const again = decodeAdvisorInput(encodeAdvisorInput(input));
        if (again.ignored.length > 0) fail('a decoded input re-encodes with problems', again.ignored);
        expect(again.state).toEqual(input);
        expectSoundAdvice(input, ignored);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it('anything typed into a number question keeps a valid input and a sound view', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.array(typed, { maxLength: 4 }), (input, typing) => {
        let ui = { ...initialAdvisorUi(), input };
        for (const [field, text] of typing) ui = typeAnswer(ui, field, text);
        expectValidInput(ui.input);
        expectSoundAdvice(ui.input, [], ui.drafts);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);

  it('every valid input gets advice whose text is clean in both locales', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        expectValidInput(input);
        expectSoundAdvice(input, []);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT);
});
