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
 * dropped and described in `ignored` (plain text, ≤ 80 characters each, meant to be shown as text).
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

/** Collects `ignored` descriptions, clipped and capped. */
function ignoredList() {
  const list: string[] = [];
  let extra = 0;
  return {
    add(message: string) {
      if (list.length < MAX_IGNORED) list.push(clip(message, MESSAGE_MAX));
      else extra += 1;
    },
    done(): string[] {
      return extra > 0 ? [...list, `… and ${extra} more ignored`] : list;
    },
  };
}

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Reads URL state; NEVER throws. Unknown or invalid parts are dropped and described in `ignored`. */
export function decodeState(query: string, defaults: StateDefaults): { state: MatrixState; ignored: string[] } {
  const ignored = ignoredList();
  try {
    return { state: decodeParams(query, defaults, ignored.add), ignored: ignored.done() };
  } catch {
    // Not expected; kept so a bug here can never break the page.
    ignored.add('the saved settings could not be read');
    return { state: defaultState(defaults), ignored: ignored.done() };
  }
}

function decodeParams(query: string, defaults: StateDefaults, ignore: (message: string) => void): MatrixState {
  let text = typeof query === 'string' ? query.replace(/^[?#]/, '') : '';
  if (text.length > MAX_QUERY_LENGTH) {
    const cut = text.lastIndexOf('&', MAX_QUERY_LENGTH);
    text = cut > 0 ? text.slice(0, cut) : '';
    ignore(`settings longer than ${MAX_QUERY_LENGTH} characters were cut short`);
  }
  const criteria = new Map(defaults.criteria.map((c) => [c.id, c]));
  const options = new Map(defaults.options.map((o) => [o.id, o]));
  const requirements = new Map(defaults.requirements.map((r) => [r.id, r]));
  const state = defaultState(defaults);
  const seen = new Set<string>();
  const entries = [...new URLSearchParams(text)];
  if (entries.length > MAX_PARAMS) ignore(`too many settings; the last ${entries.length - MAX_PARAMS} were ignored`);

  for (const [key, value] of entries.slice(0, MAX_PARAMS)) {
    const shown = `"${key}=${value}"`;
    if (key === '') continue;
    if (key !== 'add' && seen.has(key)) {
      ignore(`repeated ${shown}; kept the first`);
      continue;
    }
    seen.add(key);
    const [kind, a = '', b, ...rest] = key.split('.');
    if (kind === 'w' && b === undefined && criteria.has(a)) {
      const w = parseNumber(value);
      if (w === null) ignore(`weight ${shown} is not a number`);
      // Out of range is treated like any other bad value: the case's own weight stays.
      else if (w < 0 || w > WEIGHT_MAX) ignore(`weight ${shown} is outside 0–${WEIGHT_MAX}`);
      else state.weights[a] = w + 0; // + 0 turns −0 into 0
    } else if (kind === 's' && b !== undefined && rest.length === 0 && options.has(a) && criteria.has(b)) {
      const s = /^[1-5]$/.test(value) ? Number(value) : null;
      if (s === null) ignore(`score ${shown} must be a whole number 1–5`);
      else if (s !== own(options.get(a)?.scores ?? {}, b)) state.scores[`${a}:${b}`] = s;
    } else if (kind === 'r' && b === undefined && requirements.has(a)) {
      if (value !== '0' && value !== '1') ignore(`requirement ${shown} must be 0 or 1`);
      else if ((value === '1') !== requirements.get(a)?.active) state.requirements[a] = value === '1';
    } else if (key === 'rm') {
      for (const id of value.split('.')) {
        if (!options.has(id)) ignore(`cannot remove unknown option "${id}"`);
        else if (!state.removed.includes(id)) state.removed.push(id);
      }
    } else if (key === 'add') {
      const added = decodeAdded(value, defaults, state, ignore);
      if (added) state.added.push(added);
    } else {
      ignore(`unknown setting ${shown}`);
    }
  }
  return state;
}

function decodeAdded(
  value: string,
  defaults: StateDefaults,
  state: MatrixState,
  ignore: (message: string) => void,
): AddedOption | null {
  const first = value.indexOf('.');
  const second = value.indexOf('.', first + 1);
  const id = first < 0 ? value : value.slice(0, first);
  const digits = first < 0 || second < 0 ? '' : value.slice(first + 1, second);
  const rawName = second < 0 ? '' : value.slice(second + 1);
  const fail = (why: string) => (ignore(`added option "${value}": ${why}`), null);
  if (!ADDED_ID.test(id)) return fail('bad id');
  if (defaults.options.some((o) => o.id === id) || state.added.some((a) => a.id === id)) return fail('id used twice');
  if (state.added.length >= MAX_ADDED) return fail(`more than ${MAX_ADDED} added options`);
  if (digits.length !== defaults.criteria.length || !/^[1-5]*$/.test(digits)) {
    return fail(`needs one score 1–5 per criterion (${defaults.criteria.length})`);
  }
  const name = cleanName(rawName);
  if (name === '') return fail('no name');
  if (name !== rawName) ignore(`name of added option "${id}" was tidied`);
  const scores = record<number>();
  defaults.criteria.forEach((c, k) => (scores[c.id] = Number(digits[k])));
  return { id, name, scores };
}

/** Any state made canonical (see MatrixState), with what had to be dropped. */
export function canonicalState(state: MatrixState, defaults: StateDefaults): { state: MatrixState; ignored: string[] } {
  return decodeState(encodeState(state, defaults), defaults);
}
