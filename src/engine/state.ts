/**
 * One case matrix's widget state, and its URL form.
 *
 * URL form (URLSearchParams), holding only what differs from the case defaults:
 *   w.<criterion>=<raw weight>          e.g. w.startup=0.4      (raw weights, 0–100; others are ignored)
 *   s.<option>.<criterion>=<1–5>        e.g. s.opt1.startup=3   (score overrides of the case's options)
 *   r.<requirement>=0|1                 e.g. r.cold-start=0     (requirement switched off / on)
 *   rm=<option>.<option>                e.g. rm=opt1.opt3       (case options the reader removed)
 *   add=<id>.<scores>.<name>            e.g. add=u1.3524.My+stack (reader option: one digit per criterion, in case order)
 * The caller passes only this matrix's parameters. decodeState never throws: anything unknown or invalid is
 * dropped and listed in `ignored` as {setting, problem}: the setting as written (plain text, ≤ 80 characters) and a code.
 */

export interface AddedOption {
  /** "u1", "u2", … */
  id: string;
  /** 1–60 characters, trimmed, without control characters (see cleanName). */
  name: string;
  /** A whole 1–5 score for every criterion. */
  scores: Record<string, number>;
}

/**
 * A state is CANONICAL when weights hold every criterion (finite, 0–100), overrides hold only known ids and
 * values that differ from the defaults, `removed` lists distinct case options, and `added` satisfies AddedOption
 * (at most MAX_ADDED, ids distinct from each other and from the case's options). decodeState always returns a
 * canonical state, and decodeState(encodeState(s)) equals s for every canonical s; canonicalState() makes one.
 */
export interface MatrixState {
  weights: Record<string, number>;
  /** Overrides keyed "optionId:criterionId", whole numbers 1–5. */
  scores: Record<string, number>;
  /** Overrides of requirements' `active`. */
  requirements: Record<string, boolean>;
  added: AddedOption[];
  removed: string[];
}

/** What the state is relative to; a MatrixInput satisfies it. */
export interface StateDefaults {
  criteria: readonly { id: string; weight: number }[];
  options: readonly { id: string; scores: Readonly<Record<string, number>> }[];
  requirements: readonly { id: string; active: boolean }[];
}

export const WEIGHT_MAX = 100;
export const NAME_MAX = 60;
export const MAX_ADDED = 10;
/** Longer URL state is cut at the last whole parameter before this length. */
export const MAX_QUERY_LENGTH = 20_000;
const MAX_PARAMS = 300;
const MAX_IGNORED = 20;
const MESSAGE_MAX = 80;
const ADDED_ID = /^u[1-9][0-9]{0,2}$/;
const NUMBER = /^-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?$/i;
// Control characters and bidi overrides: harmless as text, but they can disguise a name.
const UNSAFE_CHARS = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** A record without a prototype, so ids such as "constructor" or "__proto__" are plain keys. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function own<T>(r: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(r, key) ? r[key] : undefined;
}

/** Plain, single-line text of at most `max` characters (code points). */
function clip(text: string, max: number): string {
  const chars = [...text.toWellFormed().replace(UNSAFE_CHARS, '')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** A reader's option name made safe: well-formed, no control characters, trimmed, at most NAME_MAX characters. */
export function cleanName(name: string): string {
  const chars = [...name.toWellFormed().replace(UNSAFE_CHARS, '').trim()];
  return chars.slice(0, NAME_MAX).join('').trim();
}

/** The next free reader-option id ("u1", "u2", …). */
export function nextAddedId(state: Pick<MatrixState, 'added'>): string {
  const used = state.added.map((a) => Number(a.id.slice(1))).filter(Number.isFinite);
  return `u${Math.max(0, ...used) + 1}`;
}

/** The state with nothing changed. */
export function defaultState(defaults: StateDefaults): MatrixState {
  const weights = record<number>();
  for (const c of defaults.criteria) weights[c.id] = c.weight;
  return { weights, scores: record(), requirements: record(), added: [], removed: [] };
}

/** The URL form of a state: only what differs from the defaults, in case order so equal states give equal strings. */
export function encodeState(state: MatrixState, defaults: StateDefaults): string {
  const params = new URLSearchParams();
  for (const c of defaults.criteria) {
    const w = own(state.weights, c.id);
    if (typeof w === 'number' && w !== c.weight) params.append(`w.${c.id}`, String(w));
  }
  for (const o of defaults.options) {
    for (const c of defaults.criteria) {
      const s = own(state.scores, `${o.id}:${c.id}`);
      if (typeof s === 'number' && s !== own(o.scores, c.id)) params.append(`s.${o.id}.${c.id}`, String(s));
    }
  }
  for (const r of defaults.requirements) {
    const on = own(state.requirements, r.id);
    if (typeof on === 'boolean' && on !== r.active) params.append(`r.${r.id}`, on ? '1' : '0');
  }
  const known = new Set(defaults.options.map((o) => o.id));
  const removed = [...new Set(state.removed)].filter((id) => known.has(id));
  if (removed.length > 0) params.append('rm', removed.join('.'));
  for (const a of state.added) {
    const digits = defaults.criteria.map((c) => String(own(a.scores, c.id) ?? '?')).join('');
    params.append('add', `${a.id}.${digits}.${a.name}`);
  }
  return params.toString();
}

/** Why a part of the URL state was not used. The view words each one in the page's language. */
export type IgnoredProblem =
  | 'too-long'
  | 'too-many'
  | 'repeated'
  | 'not-a-number'
  | 'out-of-range'
  | 'bad-score'
  | 'bad-switch'
  | 'unknown-option'
  | 'unknown-setting'
  | 'bad-added'
  | 'name-tidied'
  | 'unreadable'
  | 'more';

/** One ignored part: the setting as written (plain text, clipped) and the problem with it. */
export interface Ignored {
  setting: string;
  problem: IgnoredProblem;
}

type Ignore = (problem: IgnoredProblem, setting?: string) => void;

/** Collects what was ignored, clipped and capped. */
function ignoredList() {
  const list: Ignored[] = [];
  let extra = 0;
  return {
    add(problem: IgnoredProblem, setting = '') {
      if (list.length < MAX_IGNORED) list.push({ setting: clip(setting, MESSAGE_MAX), problem });
      else extra += 1;
    },
    done(): Ignored[] {
      return extra > 0 ? [...list, { setting: String(extra), problem: 'more' }] : list;
    },
  };
}

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Reads URL state; NEVER throws. Unknown or invalid parts are dropped and described in `ignored`. */
export function decodeState(query: string, defaults: StateDefaults): { state: MatrixState; ignored: Ignored[] } {
  const ignored = ignoredList();
  try {
    return { state: decodeParams(query, defaults, ignored.add), ignored: ignored.done() };
  } catch {
    // Not expected; kept so a bug here can never break the page.
    ignored.add('unreadable');
    return { state: defaultState(defaults), ignored: ignored.done() };
  }
}

function decodeParams(query: string, defaults: StateDefaults, ignore: Ignore): MatrixState {
  let text = typeof query === 'string' ? query.replace(/^[?#]/, '') : '';
  if (text.length > MAX_QUERY_LENGTH) {
    const cut = text.lastIndexOf('&', MAX_QUERY_LENGTH);
    text = cut > 0 ? text.slice(0, cut) : '';
    ignore('too-long', String(MAX_QUERY_LENGTH));
  }
  const criteria = new Map(defaults.criteria.map((c) => [c.id, c]));
  const options = new Map(defaults.options.map((o) => [o.id, o]));
  const requirements = new Map(defaults.requirements.map((r) => [r.id, r]));
  const state = defaultState(defaults);
  const seen = new Set<string>();
  const entries = [...new URLSearchParams(text)];
  if (entries.length > MAX_PARAMS) ignore('too-many', String(entries.length - MAX_PARAMS));

  for (const [key, value] of entries.slice(0, MAX_PARAMS)) {
    const shown = `${key}=${value}`;
    if (key === '') continue;
    if (key !== 'add' && seen.has(key)) {
      ignore('repeated', shown);
      continue;
    }
    seen.add(key);
    const [kind, a = '', b, ...rest] = key.split('.');
    if (kind === 'w' && b === undefined && criteria.has(a)) {
      const w = parseNumber(value);
      if (w === null) ignore('not-a-number', shown);
      // Out of range is treated like any other bad value: the case's own weight stays.
      else if (w < 0 || w > WEIGHT_MAX) ignore('out-of-range', shown);
      else state.weights[a] = w + 0; // + 0 turns −0 into 0
    } else if (kind === 's' && b !== undefined && rest.length === 0 && options.has(a) && criteria.has(b)) {
      const s = /^[1-5]$/.test(value) ? Number(value) : null;
      if (s === null) ignore('bad-score', shown);
      else if (s !== own(options.get(a)?.scores ?? {}, b)) state.scores[`${a}:${b}`] = s;
    } else if (kind === 'r' && b === undefined && requirements.has(a)) {
      if (value !== '0' && value !== '1') ignore('bad-switch', shown);
      else if ((value === '1') !== requirements.get(a)?.active) state.requirements[a] = value === '1';
    } else if (key === 'rm') {
      for (const id of value.split('.')) {
        if (!options.has(id)) ignore('unknown-option', id);
        else if (!state.removed.includes(id)) state.removed.push(id);
      }
    } else if (key === 'add') {
      const added = decodeAdded(value, defaults, state, ignore);
      if (added) state.added.push(added);
    } else {
      ignore('unknown-setting', shown);
    }
  }
  return state;
}

function decodeAdded(
  value: string,
  defaults: StateDefaults,
  state: MatrixState,
  ignore: Ignore,
): AddedOption | null {
  const first = value.indexOf('.');
  const second = value.indexOf('.', first + 1);
  const id = first < 0 ? value : value.slice(0, first);
  const digits = first < 0 || second < 0 ? '' : value.slice(first + 1, second);
  const rawName = second < 0 ? '' : value.slice(second + 1);
  // An added option needs a fresh id, one whole score 1–5 per criterion and a name; the cap keeps links small.
  const usable =
    ADDED_ID.test(id) &&
    !defaults.options.some((o) => o.id === id) &&
    !state.added.some((a) => a.id === id) &&
    state.added.length < MAX_ADDED &&
    digits.length === defaults.criteria.length &&
    /^[1-5]*$/.test(digits);
  const name = cleanName(rawName);
  if (!usable || name === '') {
    ignore('bad-added', `add=${value}`);
    return null;
  }
  if (name !== rawName) ignore('name-tidied', name);
  const scores = record<number>();
  defaults.criteria.forEach((c, k) => (scores[c.id] = Number(digits[k])));
  return { id, name, scores };
}

/** Any state made canonical (see MatrixState), with what had to be dropped. */
export function canonicalState(state: MatrixState, defaults: StateDefaults): { state: MatrixState; ignored: Ignored[] } {
  return decodeState(encodeState(state, defaults), defaults);
}
