import { parseField } from '../../src/engine/calculators/parse-input';
import type { NumberField } from '../../src/engine/calculators/types';
import type { MatrixInput, MatrixOption } from '../../src/engine/matrix-input';
import { DEFAULT_SPREAD } from '../../src/engine/robustness';
import { own, readParams, record, UNSAFE_CHARS, type Ignore, type Ignored, type WidgetCodec } from '../widget-kit/params';

/**
 * One case matrix's widget state, and its URL form.
 *
 * URL form (URLSearchParams), holding only what differs from the case defaults:
 *   w.<criterion>=<raw weight>          e.g. w.startup=0.4      (raw weights, 0–1; others are ignored)
 *   s.<option>.<criterion>=<1–5>        e.g. s.opt1.startup=3   (score overrides of the case's options)
 *   r.<requirement>=0|1                 e.g. r.cold-start=0     (requirement switched off / on)
 *   t.<requirement>=<value>             e.g. t.cold-start=50    (the requirement's threshold, in its own unit; see thresholdField)
 *   rm=<option>.<option>                e.g. rm=opt1.opt3       (case options the reader removed)
 *   add=<id>.<scores>.<name>            e.g. add=u1.3524.My+stack (reader option: one digit per criterion, in case order)
 *   u=<spread>                          e.g. u=0.5              (± around each score in the robustness odds, one of SPREADS)
 *   wb=<band>                           e.g. wb=0.25            (± share of each weight in the robustness odds, one of WEIGHT_BANDS)
 *   src=calc                                                    (scores from the page's calculator inputs, see SCORE_SOURCES)
 *   from=advisor.<requirement>.<…>      e.g. from=advisor.cold-start (the link came from the advisor, which set these requirements)
 * The caller passes only this matrix's parameters (its section of the hash, see components/widget-kit/hash.ts).
 * decodeState never throws: anything unknown or invalid is dropped and listed in `ignored` (see widget-kit/params.ts).
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
 * A state is CANONICAL when weights hold every criterion (finite, 0–WEIGHT_MAX), overrides hold only known ids and
 * values that differ from the defaults, `removed` lists distinct case options, `added` satisfies AddedOption
 * (at most MAX_ADDED, ids distinct from each other and from the case's options), and `spread` and `weightBand`
 * are among SPREADS and WEIGHT_BANDS, `source` is among SCORE_SOURCES and `fromAdvisor` is null or lists distinct
 * requirements in case order. decodeState always returns a
 * canonical state, and decodeState(encodeState(s)) equals s for every canonical s; canonicalState() makes one.
 */
export interface MatrixState {
  weights: Record<string, number>;
  /** Overrides keyed "optionId:criterionId", whole numbers 1–5. */
  scores: Record<string, number>;
  /** Overrides of requirements' `active`. */
  requirements: Record<string, boolean>;
  /** Overrides of requirements' `value`, in each requirement's own unit. */
  thresholds: Record<string, number>;
  added: AddedOption[];
  removed: string[];
  /** ± around each score when the robustness odds are sampled: one of SPREADS. */
  spread: number;
  /** Each weight is drawn within ± this share of itself when the odds are sampled: one of WEIGHT_BANDS. */
  weightBand: number;
  /** Where the rule-derived scores come from: the case as given, or the page's calculator at the reader's inputs. */
  source: ScoreSource;
  /** Requirements the advisor's answers set, when the reader came from the advisor's link; null otherwise. */
  fromAdvisor: string[] | null;
}

export type ScoreSource = 'case' | 'calc';
/** The score sources, the default first. */
export const SCORE_SOURCES: readonly ScoreSource[] = ['case', 'calc'];

/** What the state is relative to; a MatrixInput satisfies it. */
export interface StateDefaults {
  criteria: readonly { id: string; weight: number }[];
  options: readonly { id: string; scores: Readonly<Record<string, number>> }[];
  requirements: readonly { id: string; active: boolean; value: number; unit: string }[];
}

/** Raw weights run from 0 to 1 (the case files' scale); the controls show them as points, 0–100. */
export const WEIGHT_MAX = 1;
export const NAME_MAX = 60;
export const MAX_ADDED = 10;
/** The score spreads a reader can choose; the engine's default first among equals. */
export const SPREADS: readonly number[] = [0, 0.5, DEFAULT_SPREAD, 2];
/** The weight bands a reader can choose, as shares of each weight; 0 keeps the weights as set. */
export const WEIGHT_BANDS: readonly number[] = [0, 0.1, 0.25, 0.5];
/** What a threshold may be: the same limits for typing one and for reading one from a link. */
export function thresholdField(unit: string): NumberField {
  return { kind: 'number', id: 'threshold', value: 0, min: 0, max: unit === '%' ? 100 : 1_000_000, step: 1, integer: false, unit: 'count' };
}
const ADDED_ID = /^u[1-9][0-9]{0,2}$/;
const NUMBER = /^-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?$/i;

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
  return { weights, scores: record(), requirements: record(), thresholds: record(), added: [], removed: [], spread: DEFAULT_SPREAD, weightBand: 0, source: 'case', fromAdvisor: null };
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
  for (const r of defaults.requirements) {
    const t = own(state.thresholds, r.id);
    if (typeof t === 'number' && t !== r.value) params.append(`t.${r.id}`, String(t));
  }
  const known = new Set(defaults.options.map((o) => o.id));
  const removed = [...new Set(state.removed)].filter((id) => known.has(id));
  if (removed.length > 0) params.append('rm', removed.join('.'));
  for (const a of state.added) {
    const digits = defaults.criteria.map((c) => String(own(a.scores, c.id) ?? '?')).join('');
    params.append('add', `${a.id}.${digits}.${a.name}`);
  }
  if (typeof state.spread === 'number' && state.spread !== DEFAULT_SPREAD) params.append('u', String(state.spread));
  if (typeof state.weightBand === 'number' && state.weightBand !== 0) params.append('wb', String(state.weightBand));
  if (state.source === 'calc') params.append('src', 'calc');
  if (Array.isArray(state.fromAdvisor)) {
    const set = new Set(state.fromAdvisor);
    params.append('from', ['advisor', ...defaults.requirements.filter((r) => set.has(r.id)).map((r) => r.id)].join('.'));
  }
  return params.toString();
}

function parseNumber(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** Reads URL state; NEVER throws. Unknown or invalid parts are dropped and described in `ignored`. */
export function decodeState(query: string, defaults: StateDefaults): { state: MatrixState; ignored: Ignored[] } {
  const criteria = new Map(defaults.criteria.map((c) => [c.id, c]));
  const options = new Map(defaults.options.map((o) => [o.id, o]));
  const requirements = new Map(defaults.requirements.map((r) => [r.id, r]));
  const state = defaultState(defaults);
  const visit = (key: string, value: string, ignore: Ignore) => {
    const shown = `${key}=${value}`;
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
    } else if (kind === 't' && b === undefined && requirements.has(a)) {
      const requirement = requirements.get(a);
      const t = parseField(value, thresholdField(requirement?.unit ?? ''));
      if (!t.ok) ignore(t.problem, shown);
      else if (t.value !== requirement?.value) state.thresholds[a] = t.value + 0;
    } else if (key === 'rm') {
      for (const id of value.split('.')) {
        if (!options.has(id)) ignore('unknown-option', id);
        else if (!state.removed.includes(id)) state.removed.push(id);
      }
    } else if (key === 'add') {
      const added = decodeAdded(value, defaults, state, ignore);
      if (added) state.added.push(added);
    } else if (key === 'u' || key === 'wb') {
      const x = parseNumber(value);
      if (x === null) ignore('not-a-number', shown);
      else if (!(key === 'u' ? SPREADS : WEIGHT_BANDS).includes(x)) ignore('bad-choice', shown);
      else if (key === 'u') state.spread = x + 0;
      else state.weightBand = x + 0;
    } else if (key === 'src') {
      if (value === 'calc' || value === 'case') state.source = value;
      else ignore('bad-choice', shown);
    } else if (key === 'from') {
      const [origin, ...ids] = value.split('.');
      if (origin !== 'advisor') return ignore('bad-choice', shown);
      for (const id of ids) if (!requirements.has(id)) ignore('unknown-setting', id);
      state.fromAdvisor = defaults.requirements.filter((r) => ids.includes(r.id)).map((r) => r.id);
    } else {
      ignore('unknown-setting', shown);
    }
  };
  return readParams(query, visit, () => state, () => defaultState(defaults), { repeatable: (key) => key === 'add' });
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

/** The matrix's codec for its section of the URL hash (see components/widget-kit). */
export function matrixCodec(defaults: StateDefaults): WidgetCodec<MatrixState> {
  return { encode: (state) => encodeState(state, defaults), decode: (query) => decodeState(query, defaults) };
}

/** Any state made canonical (see MatrixState), with what had to be dropped. */
export function canonicalState(state: MatrixState, defaults: StateDefaults): { state: MatrixState; ignored: Ignored[] } {
  return decodeState(encodeState(state, defaults), defaults);
}

/** An option's score ranges that still hold: a range is the case's doubt about its own score, not about another. */
export function keptRanges(option: MatrixOption, scores: Readonly<Record<string, number>>): Pick<MatrixOption, 'ranges'> {
  if (!option.ranges) return {};
  const kept = Object.entries(option.ranges).filter(([c]) => own(scores, c) === own(option.scores, c));
  return { ranges: Object.fromEntries(kept) };
}

/**
 * The case input with a reader's state applied: weights, score overrides and requirement switches replaced,
 * thresholds replaced (a non-finite one, which no link can hold, keeps the case's), score ranges dropped where the
 * reader set the score, removed options dropped, added options appended (no figures, no stated total, so never excluded or in erratum).
 */
export function applyState(input: MatrixInput, state: MatrixState): MatrixInput {
  const removed = new Set(state.removed);
  return {
    criteria: input.criteria.map((c) => ({ id: c.id, weight: own(state.weights, c.id) ?? c.weight })),
    options: [
      ...input.options
        .filter((o) => !removed.has(o.id))
        .map((o) => {
          const scores: Record<string, number> = { ...o.scores };
          for (const c of input.criteria) {
            const s = own(state.scores, `${o.id}:${c.id}`);
            if (s !== undefined) scores[c.id] = s;
          }
          return { ...o, scores, ...keptRanges(o, scores) };
        }),
      ...state.added.map((a) => ({ id: a.id, scores: a.scores, figures: [] })),
    ],
    requirements: input.requirements.map((r) => {
      const threshold = own(state.thresholds, r.id);
      return { ...r, active: own(state.requirements, r.id) ?? r.active, value: typeof threshold === 'number' && Number.isFinite(threshold) ? threshold : r.value };
    }),
  };
}

export type { Ignored } from '../widget-kit/params';
