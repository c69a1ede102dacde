/**
 * Reading one widget's section of the URL hash (see hash.ts) into settings, with the limits and the report of
 * what was not used that every widget shares. Pure; never throws.
 */

/** Why part of a link was not used. Each widget's view words these with the shared `link.ignore.*` strings. */
export type IgnoredProblem =
  | 'too-long'
  | 'too-many'
  | 'repeated'
  | 'unknown-setting'
  | 'unreadable'
  | 'more'
  // values
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'below-min'
  | 'above-max'
  | 'not-whole'
  | 'out-of-range'
  | 'bad-choice'
  | 'bad-switch'
  | 'bad-score'
  // the matrix's options
  | 'unknown-option'
  | 'bad-added'
  | 'name-tidied';

/** One ignored part: the setting as written (plain text, clipped) and the problem with it. */
export interface Ignored {
  setting: string;
  problem: IgnoredProblem;
}

export type Ignore = (problem: IgnoredProblem, setting?: string) => void;

/** A section longer than this is cut at the last whole parameter before it. */
export const MAX_QUERY_LENGTH = 20_000;
/** Parameters beyond this many are not read. */
export const MAX_PARAMS = 300;
/** At most this many problems are listed; the rest are counted in one 'more'. */
export const MAX_IGNORED = 20;
/** A setting is quoted in a message with at most this many characters. */
export const SETTING_MAX = 80;

// Control characters and bidi overrides: harmless as text, but they can disguise what a link says.
export const UNSAFE_CHARS = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Plain, single-line text of at most `max` characters (code points). */
export function clip(text: string, max = SETTING_MAX): string {
  const chars = [...String(text).toWellFormed().replace(UNSAFE_CHARS, '')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** A record without a prototype, so ids such as "constructor" or "__proto__" are plain keys. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function own<T>(r: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(r, key) ? r[key] : undefined;
}

interface ReadOptions {
  /** Keys that may appear more than once (each occurrence is visited); any other repeat is ignored. */
  repeatable?: (key: string) => boolean;
}

/**
 * Visits each parameter of a widget's query once, within the shared limits, and collects what the visitor
 * ignores. `fallback` is the result when something unexpected throws (a bug must never break the page).
 */
export function readParams<T>(
  query: string,
  visit: (key: string, value: string, ignore: Ignore) => void,
  finish: () => T,
  fallback: () => T,
  options: ReadOptions = {},
): { state: T; ignored: Ignored[] } {
  const list: Ignored[] = [];
  let extra = 0;
  const ignore: Ignore = (problem, setting = '') => {
    if (list.length < MAX_IGNORED) list.push({ setting: clip(setting), problem });
    else extra += 1;
  };
  const done = () => (extra > 0 ? [...list, { setting: String(extra), problem: 'more' as const }] : list);
  try {
    let text = typeof query === 'string' ? query.replace(/^[?#&]/, '') : '';
    if (text.length > MAX_QUERY_LENGTH) {
      const cut = text.lastIndexOf('&', MAX_QUERY_LENGTH);
      text = cut > 0 ? text.slice(0, cut) : '';
      ignore('too-long', String(MAX_QUERY_LENGTH));
    }
    const entries = [...new URLSearchParams(text)];
    if (entries.length > MAX_PARAMS) ignore('too-many', String(entries.length - MAX_PARAMS));
    const seen = new Set<string>();
    for (const [key, value] of entries.slice(0, MAX_PARAMS)) {
      if (key === '') continue;
      if (!options.repeatable?.(key)) {
        if (seen.has(key)) {
          ignore('repeated', `${key}=${value}`);
          continue;
        }
        seen.add(key);
      }
      visit(key, value, ignore);
    }
    return { state: finish(), ignored: done() };
  } catch {
    list.length = 0;
    extra = 0;
    ignore('unreadable');
    return { state: fallback(), ignored: done() };
  }
}

/** A codec between one widget's state and its section of the hash. */
export interface WidgetCodec<S> {
  /** The query for `state`: only what differs from the defaults, '' at the defaults. */
  encode(state: S): string;
  /** Never throws: anything unknown or invalid is dropped and described. */
  decode(query: string): { state: S; ignored: Ignored[] };
}
