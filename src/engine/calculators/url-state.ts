import { parseField, type InputProblem } from './parse-input';
import type { CalculatorSpec, Field, Values } from './types';

/**
 * A calculator's state in the URL hash: `#calc=<id>&<field>=<value>&…`, holding only fields that differ from
 * the defaults, in field order. It shares the hash with the decision matrix (`#matrix=…`): whichever widget
 * changed last owns it, and each ignores a hash that is not its own.
 */
export const HASH_PREFIX = 'calc=';

/** Why part of a link was not used. The view words each one in the page's language. */
export type IgnoredProblem = InputProblem | 'unknown-setting' | 'repeated' | 'bad-choice' | 'too-long' | 'too-many' | 'more';

/** One ignored part: the setting as written (plain text, clipped) and the problem with it. */
export interface Ignored {
  setting: string;
  problem: IgnoredProblem;
}

const MAX_QUERY_LENGTH = 2_000;
const MAX_IGNORED = 10;
const SETTING_MAX = 60;
// Control characters and bidi overrides: harmless as text, but they can disguise what a link says.
const UNSAFE_CHARS = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

function clip(text: string): string {
  const chars = [...text.toWellFormed().replace(UNSAFE_CHARS, '')];
  return chars.length > SETTING_MAX ? `${chars.slice(0, SETTING_MAX - 1).join('')}…` : chars.join('');
}

/** The defaults of every field. */
export function defaultValues(spec: CalculatorSpec): Record<string, number | string> {
  return Object.fromEntries(spec.fields.map((f) => [f.id, f.value]));
}

/** The state part of `hash` if it belongs to calculator `id`, else null (another anchor or widget). */
export function calcQuery(hash: string, id: string): string | null {
  const body = hash.replace(/^#/, '');
  const head = `${HASH_PREFIX}${encodeURIComponent(id)}`;
  if (body !== head && !body.startsWith(`${head}&`)) return null;
  return body.slice(head.length + 1);
}

/** The hash for `values`, or '' when they equal the defaults. */
export function hashFor(spec: CalculatorSpec, values: Values): string {
  const params = new URLSearchParams();
  for (const f of spec.fields) {
    const v = Object.hasOwn(values, f.id) ? values[f.id] : undefined;
    if (v !== undefined && v !== f.value) params.append(f.id, String(v));
  }
  const query = params.toString();
  return query === '' ? '' : `#${HASH_PREFIX}${encodeURIComponent(spec.id)}&${query}`;
}

function readField(field: Field, raw: string): { value: number | string } | { problem: IgnoredProblem } {
  if (field.kind === 'choice') return field.options.includes(raw) ? { value: raw } : { problem: 'bad-choice' };
  const parsed = parseField(raw, field);
  return parsed.ok ? { value: parsed.value } : { problem: parsed.problem };
}

/**
 * Reads a calculator's URL state (the part after `calc=<id>&`). NEVER throws: anything unknown or invalid is
 * dropped, its field keeps its default, and it is listed in `ignored`.
 */
export function decodeValues(query: string, spec: CalculatorSpec): { values: Record<string, number | string>; ignored: Ignored[] } {
  const values = defaultValues(spec);
  const ignored: Ignored[] = [];
  let extra = 0;
  const ignore = (problem: IgnoredProblem, setting: string) => {
    if (ignored.length < MAX_IGNORED) ignored.push({ setting: clip(setting), problem });
    else extra += 1;
  };
  try {
    let text = String(query).replace(/^[?#&]/, '');
    if (text.length > MAX_QUERY_LENGTH) {
      const cut = text.lastIndexOf('&', MAX_QUERY_LENGTH);
      text = cut > 0 ? text.slice(0, cut) : '';
      ignore('too-long', String(MAX_QUERY_LENGTH));
    }
    const fields = new Map(spec.fields.map((f) => [f.id, f]));
    const entries = [...new URLSearchParams(text)];
    const limit = spec.fields.length + 20;
    if (entries.length > limit) ignore('too-many', String(entries.length - limit));
    const seen = new Set<string>();
    for (const [key, raw] of entries.slice(0, limit)) {
      const shown = `${key}=${raw}`;
      const field = fields.get(key);
      if (!field) ignore('unknown-setting', shown);
      else if (seen.has(key)) ignore('repeated', shown);
      else {
        seen.add(key);
        const read = readField(field, raw);
        if ('problem' in read) ignore(read.problem, shown);
        else values[key] = read.value;
      }
    }
  } catch {
    // Not expected (URLSearchParams does not throw on text); kept so that a bug here cannot break the page.
    ignore('unknown-setting', '');
    return { values: defaultValues(spec), ignored };
  }
  if (extra > 0) ignored.push({ setting: String(extra), problem: 'more' });
  return { values, ignored };
}
