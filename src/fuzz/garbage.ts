/**
 * Arbitraries for fuzzing the widgets' URL codecs: text a reader (or a broken link, a chat client, a crawler)
 * can put into a query or hash. Shared by the *.fuzz.test.ts files of this folder.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';

/** Runs per fuzz property. */
export const FUZZ_RUNS = 10_000;

/** Any UTF-16 code unit, lone surrogates included (fc.string's 'binary' unit never yields those). */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Tokens that have broken URL parsers, number parsers or object lookups somewhere. */
export const NASTY = [
  // percent-encoding garbage: lone %, bad hex, truncated and overlong UTF-8, encoded surrogates, NUL
  '%', '%%', '%z', '%zz', '%2', '%E0%A4%A', '%F0%9F', '%F0%9F%98', '%C0%AF', '%ED%A0%80', '%FF%FE', '%00', '%u0041', '%25', '%2525', '%26', '%3D', '%2E',
  // lone and reversed surrogates, BOM, bidi overrides, line breaks
  '\uD800', '\uDFFF', '\uDC00\uD800', '\uFEFF', '\u202E', '\u2066', '\r\n', '\n', '\t', '\u0000',
  // numbers a parser may mis-read
  'NaN', '-NaN', 'Infinity', '-Infinity', '+Infinity', '-0', '+0', '0', '00', '1', '5', '6', '-1', '1e309', '-1e309', '1e-400', '5e-324',
  '1.7976931348623157e308', '9'.repeat(400), '0x10', '0b1', '0o7', '1_000', '1,5', '.5', '5.', '.', '1e', 'e5', '1e+', ' 1', '1 ', '１',
  // prototype keys and JS words
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'undefined', 'null', 'true', 'false',
  // URL syntax
  '', ' ', '+', '=', '==', '&', '&&', '.', '..', '#', '?', ';', ',', '/', '\\', '[]', '[0]',
] as const;

export const nasty = fc.constantFrom(...NASTY);

/** Numbers written every way JavaScript can write them (NaN, ±Infinity, −0, subnormals, huge) plus hand-made ones. */
export const numberText = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x.toExponential()),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '-0', '1e309', '-1e309', '1e-400', '5e-324', '100.0000000000001', '100', '0', '1', '5', '6', '0.5', '2.5', '9'.repeat(400), `-${'9'.repeat(400)}`, `0.${'0'.repeat(400)}1`),
);

/** Text made of anything, weighted towards URL syntax and the tokens above. */
export const junk = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.oneof(codeUnit, fc.constantFrom('%', '=', '&', '.', '+', '#', '?')), maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: numberText },
);

/** A key made of dotted parts drawn from `words` (ids the widget knows) and junk. */
export function dottedKey(words: readonly string[]): fc.Arbitrary<string> {
  const part = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: junk });
  return fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
}

/** Percent-encodes what encodeURIComponent can, and leaves the rest (lone surrogates) raw. */
function encodeLoosely(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A query string of `key=value` pairs from `keys` and `values`, each pair raw or percent-encoded, some pairs
 * repeated (duplicate keys), some without `=`, joined with `&` (sometimes `&&`).
 */
export function queryOf(keys: fc.Arbitrary<string>, values: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const pair = fc
    .record({ key: keys, value: values, encode: fc.boolean(), bare: fc.nat({ max: 19 }).map((n) => n === 0) })
    .map(({ key, value, encode, bare }) => {
      const k = encode ? encodeLoosely(key) : key;
      const v = encode ? encodeLoosely(value) : value;
      return bare ? k : `${k}=${v}`;
    });
  return fc
    .record({
      pairs: fc.array(pair, { maxLength: 14 }),
      repeats: fc.array(fc.nat(), { maxLength: 4 }),
      lead: fc.constantFrom('', '', '', '?', '#', '&', '?&'),
      glue: fc.constantFrom('&', '&', '&', '&&'),
    })
    .map(({ pairs, repeats, lead, glue }) => {
      // Repeat some pairs verbatim and append them, so the same key appears more than once.
      const extra = pairs.length === 0 ? [] : repeats.map((n) => pairs[n % pairs.length] ?? '');
      return lead + [...pairs, ...extra].join(glue);
    });
}

/**
 * Rarely, a very long query: a valid-looking part repeated past `limit` characters, or one giant value.
 * Kept rare because each such run costs far more than an ordinary one.
 */
export function longQuery(part: fc.Arbitrary<string>, limit: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(part, fc.integer({ min: 1, max: 200 })).map(([p, n]) => {
      const piece = `${p}&`;
      return piece.repeat(Math.ceil((limit + n) / Math.max(1, piece.length)));
    }),
    fc.tuple(part, fc.constantFrom('a', '9', '%', '名', '\uD800')).map(([p, c]) => `${p}=${c.repeat(limit + 10)}`),
  );
}

/**
 * What must never reach a reader: a number that is not one (Intl writes ±Infinity as "∞"), or a missing value.
 * The real data never uses "∞".
 */
export const BROKEN_TEXT = /NaN|Infinity|∞|undefined|\bnull\b|\[object /;

/** A `{placeholder}` that a translation left unfilled. */
export const UNFILLED = /\{\w+\}/;

/** Own property names of Object.prototype, to check after a run that nothing was added to it. */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}

/** Fails the file if its fuzzing added a key to Object.prototype (prototype pollution). */
export function guardPrototypes(): void {
  let before: string[] = [];
  beforeAll(() => {
    before = prototypeKeys();
  });
  afterAll(() => {
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
}
