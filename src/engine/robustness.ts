import { evaluateMatrix, MAX_SCORE, MIN_SCORE, scoreOf, TIE_EPSILON, type MatrixResult } from './matrix';
import type { MatrixInput } from './matrix-input';

/**
 * How far the winner survives disagreement about the scores (and, optionally, the weights).
 *
 * Each score is a range: by default the score ± DEFAULT_SPREAD, clipped to 1–5, or a range given per score.
 * A seeded Monte Carlo draws every score uniformly within its range (and every raw weight within ± a relative
 * band) and counts how often each option has the best total; options sharing the best total split that sample.
 * Hard constraints act exactly as in evaluateMatrix: they depend on figures, not on scores or weights, so an
 * excluded option never wins a sample. Apart from the odds, the exact smallest score changes that flip the
 * deterministic winner are computed (one score, and two scores together).
 */

/** ± around each score when no range is given for it. */
export const DEFAULT_SPREAD = 1;
export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;
/** More samples than this is refused: it would freeze a page for no visible gain in precision. */
export const MAX_SAMPLES = 1_000_000;
/** Robust: the deterministic winner wins at least this share of the samples. */
export const ROBUST_PROBABILITY = 0.8;
/** No clear winner: the deterministic winner's share leads the next option's by less than this (or trails it). */
export const CLEAR_LEAD = 0.2;

export type RobustnessVerdict = 'robust' | 'fragile' | 'no-clear-winner';

/** An inclusive score range [lo, hi]; clipped to 1–5 when used. */
export type ScoreRange = readonly [number, number];

export interface RobustnessSettings {
  /** ± around each score without a range of its own; 0 means the scores are certain. Default DEFAULT_SPREAD. */
  spread?: number;
  /** Each raw weight is drawn within weight × (1 ± band), 0 ≤ band ≤ 1. Default 0: weights as set. */
  weightBand?: number;
  /** Whole number of samples, 1 to MAX_SAMPLES. Default DEFAULT_SAMPLES. */
  samples?: number;
  /** Any finite number; used as an unsigned 32-bit integer. Default DEFAULT_SEED. */
  seed?: number;
}

export interface WinOdds {
  id: string;
  /** False when an active hard constraint excludes the option; its probability is then 0. */
  eligible: boolean;
  /** Share of the samples the option won, ties split; 0–1, summing to 1 over the options. */
  probability: number;
}

/** One score moved: |to − from| is the change. */
export interface ScoreChange {
  optionId: string;
  criterionId: string;
  from: number;
  to: number;
}

/**
 * Score changes at which another option draws level with the winner; any further change in the same direction
 * hands it the win. `size` is the sum of the changes.
 */
export interface WinnerFlip {
  changes: ScoreChange[];
  size: number;
  takesOver: string;
}

export interface RobustnessAnalysis {
  ok: true;
  /** The settings used, defaults filled in; `ranged` counts the per-score ranges that apply to this matrix. */
  settings: { spread: number; weightBand: number; samples: number; seed: number; ranged: number };
  /** In input order. */
  options: WinOdds[];
  /** The deterministic winner (evaluateMatrix); null on a tie. */
  winner: string | null;
  verdict: RobustnessVerdict;
  /** The smallest change of one score (within 1–5) that flips the winner; null without a unique winner or challenger. */
  single: WinnerFlip | null;
  /**
   * The smallest combined change of two scores, both moved, that flips the winner; null when no two scores can,
   * or when two scores do no better than the single change (moving a second score would only add to it).
   */
  pair: WinnerFlip | null;
}

export type RobustnessResult =
  | RobustnessAnalysis
  | { ok: false; reason: 'no-weights' | 'no-options' | 'all-excluded' }
  /** Some setting is out of its range; `fields` names them ("spread", "ranges.opt1:startup", …). */
  | { ok: false; reason: 'invalid-settings'; fields: string[] };

/** Small, fast, seedable 32-bit generator (mulberry32): numbers in [0, 1). Good enough for sampling, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clip = (x: number) => Math.min(MAX_SCORE, Math.max(MIN_SCORE, x));

/** A score's range: the given one if any, else score ± spread; clipped to 1–5. */
export function scoreRange(score: number, spread: number, given?: ScoreRange): [number, number] {
  return given ? [clip(given[0]), clip(given[1])] : [clip(score - spread), clip(score + spread)];
}

/** The settings' problems, by field name; [] when every setting is usable. */
function invalidFields(s: RobustnessSettings): string[] {
  const fields: string[] = [];
  if (s.spread !== undefined && !(Number.isFinite(s.spread) && s.spread >= 0)) fields.push('spread');
  if (s.weightBand !== undefined && !(Number.isFinite(s.weightBand) && s.weightBand >= 0 && s.weightBand <= 1)) fields.push('weightBand');
  if (s.samples !== undefined && !(Number.isInteger(s.samples) && s.samples >= 1 && s.samples <= MAX_SAMPLES)) fields.push('samples');
  if (s.seed !== undefined && !Number.isFinite(s.seed)) fields.push('seed');
  return fields;
}

/**
 * Win probabilities, the verdict and the smallest flips. Pass `result` to reuse an evaluation of the same input.
 * Deterministic: the same input, settings and seed give the same result.
 */
export function analyseRobustness(
  input: MatrixInput,
  settings: RobustnessSettings = {},
  result: MatrixResult = evaluateMatrix(input),
): RobustnessResult {
  const fields = invalidFields(settings);
  if (fields.length > 0) return { ok: false, reason: 'invalid-settings', fields };
  if (!result.ok) return { ok: false, reason: 'no-weights' };
  if (result.status === 'no-options' || result.status === 'all-excluded') return { ok: false, reason: result.status };

  const spread = settings.spread ?? DEFAULT_SPREAD;
  const weightBand = settings.weightBand ?? 0;
  const samples = settings.samples ?? DEFAULT_SAMPLES;
  const seed = (settings.seed ?? DEFAULT_SEED) >>> 0;

  const ids = input.criteria.map((c) => c.id);
  const fractions = result.weights.map((w) => w.fraction);
  const eligible = result.options.flatMap((o, i) => (o.excludedBy.length === 0 ? [i] : []));
  const n = eligible.length;
  const k = ids.length;
  const lo = new Float64Array(n * k);
  const width = new Float64Array(n * k);
  let ranged = 0;
  eligible.forEach((i, e) => {
    const option = input.options[i];
    if (option === undefined) return;
    ids.forEach((c, j) => {
      const range = option.ranges && Object.hasOwn(option.ranges, c) ? option.ranges[c] : undefined;
      if (range) ranged += 1;
      const [a, b] = scoreRange(scoreOf(option, c), spread, range);
      lo[e * k + j] = a;
      width[e * k + j] = b - a;
    });
  });

  const rawWeights = input.criteria.map((c) => c.weight);
  const wins =
    weightBand > 0
      ? sampleWithWeights(lo, width, n, k, rawWeights, weightBand, samples, seed)
      : sampleScores(lo, width, n, k, fractions, samples, seed);

  const probability = new Map(eligible.map((i, e) => [i, (wins[e] ?? 0) / samples]));
  const options = result.options.map((o, i) => ({ id: o.id, eligible: probability.has(i), probability: probability.get(i) ?? 0 }));
  const flips = smallestFlips(input, result);
  return {
    ok: true,
    settings: { spread, weightBand, samples, seed, ranged },
    options,
    winner: result.winner,
    verdict: robustnessVerdict(result.winner, options),
    ...flips,
  };
}

/**
 * robust: the deterministic winner wins at least ROBUST_PROBABILITY of the samples;
 * no clear winner: there is no deterministic winner, or its share leads every other option's by less than CLEAR_LEAD;
 * fragile: otherwise.
 */
export function robustnessVerdict(winner: string | null, odds: readonly Pick<WinOdds, 'id' | 'probability'>[]): RobustnessVerdict {
  const own = odds.find((o) => o.id === winner);
  if (winner === null || own === undefined) return 'no-clear-winner';
  const next = Math.max(0, ...odds.filter((o) => o !== own).map((o) => o.probability));
  if (own.probability - next < CLEAR_LEAD) return 'no-clear-winner';
  return own.probability >= ROBUST_PROBABILITY ? 'robust' : 'fragile';
}

/**
 * Adds each sample's win (split on ties) to `wins`. Totals closer than TIE_EPSILON tie, as in evaluateMatrix.
 * Returns nothing; `totals` is scratch space.
 */
function tally(totals: Float64Array, wins: Float64Array): void {
  let best = -Infinity;
  for (let e = 0; e < totals.length; e += 1) best = Math.max(best, totals[e] ?? -Infinity);
  let tied = 0;
  for (let e = 0; e < totals.length; e += 1) if ((totals[e] ?? -Infinity) >= best - TIE_EPSILON) tied += 1;
  for (let e = 0; e < totals.length; e += 1) if ((totals[e] ?? -Infinity) >= best - TIE_EPSILON) wins[e] = (wins[e] ?? 0) + 1 / tied;
}

/**
 * Weights fixed: total_e = Σ_j f_j·lo_ej + Σ_j f_j·width_ej·u. The first sum is computed once, in criterion order
 * like weightedTotal, so with no uncertainty the totals are exactly evaluateMatrix's; only uncertain scores draw.
 */
function sampleScores(lo: Float64Array, width: Float64Array, n: number, k: number, fractions: readonly number[], samples: number, seed: number): Float64Array {
  const base = new Float64Array(n);
  const cellStart = new Int32Array(n + 1);
  const slope: number[] = [];
  for (let e = 0; e < n; e += 1) {
    let sum = 0;
    for (let j = 0; j < k; j += 1) {
      const f = fractions[j] ?? 0;
      sum += f * (lo[e * k + j] ?? 0);
      const s = f * (width[e * k + j] ?? 0);
      if (s > 0) slope.push(s);
    }
    base[e] = sum;
    cellStart[e + 1] = slope.length;
  }
  const slopes = Float64Array.from(slope);
  const totals = new Float64Array(n);
  const wins = new Float64Array(n);
  const random = mulberry32(seed);
  for (let s = 0; s < samples; s += 1) {
    for (let e = 0; e < n; e += 1) {
      let t = base[e] ?? 0;
      const end = cellStart[e + 1] ?? 0;
      for (let c = cellStart[e] ?? 0; c < end; c += 1) t += (slopes[c] ?? 0) * random();
      totals[e] = t;
    }
    tally(totals, wins);
  }
  return wins;
}

/** Weights drawn too: each raw weight × (1 + band·(2u − 1)), normalised per sample. */
function sampleWithWeights(
  lo: Float64Array,
  width: Float64Array,
  n: number,
  k: number,
  rawWeights: readonly number[],
  band: number,
  samples: number,
  seed: number,
): Float64Array {
  // Scaled by the largest weight first, as normaliseWeights does, so huge weights cannot overflow the sum.
  const max = Math.max(0, ...rawWeights);
  const weights = Float64Array.from(rawWeights, (w) => w / max);
  const drawn = new Float64Array(k);
  const totals = new Float64Array(n);
  const wins = new Float64Array(n);
  const random = mulberry32(seed);
  for (let s = 0; s < samples; s += 1) {
    let sum = 0;
    for (let j = 0; j < k; j += 1) {
      const w = (weights[j] ?? 0) * (1 + band * (2 * random() - 1));
      drawn[j] = w;
      sum += w;
    }
    // A band of 1 can draw every weight as 0; such a sample keeps the weights as set.
    for (let j = 0; j < k; j += 1) drawn[j] = sum > 0 ? (drawn[j] ?? 0) / sum : (weights[j] ?? 0) / weights.reduce((a, b) => a + b, 0);
    for (let e = 0; e < n; e += 1) {
      let t = 0;
      for (let j = 0; j < k; j += 1) {
        const w = width[e * k + j] ?? 0;
        t += (drawn[j] ?? 0) * ((lo[e * k + j] ?? 0) + (w > 0 ? w * random() : 0));
      }
      totals[e] = t;
    }
    tally(totals, wins);
  }
  return wins;
}

/** A score that can move in the direction that helps a challenger: `gain` total per point, `room` points at most. */
interface Lever {
  optionId: string;
  criterionId: string;
  from: number;
  /** +1 raises a challenger's score, −1 lowers the winner's. */
  direction: 1 | -1;
  gain: number;
  room: number;
}

/** Float noise allowed when testing whether a lever's room suffices. */
const ROOM_NOISE = 1e-12;

const moved = (l: Lever, by: number): ScoreChange => ({
  optionId: l.optionId,
  criterionId: l.criterionId,
  from: l.from,
  to: clip(l.from + l.direction * by),
});

/**
 * The exact smallest flips of the winner under the current weights. Totals are linear in each score: raising a
 * challenger's score on criterion j by δ, or lowering the winner's, closes the gap by f_j·δ. The gap to a
 * challenger closes with its own scores or the winner's; one score must close it alone, two share it, the more
 * effective one moved as far as it can (the cheapest way to close a linear gap).
 */
export function smallestFlips(input: MatrixInput, result: MatrixResult = evaluateMatrix(input)): Pick<RobustnessAnalysis, 'single' | 'pair'> {
  const none = { single: null, pair: null };
  if (!result.ok || result.status !== 'winner' || result.winner === null) return none;
  const winnerIndex = result.options.findIndex((o) => o.id === result.winner);
  const winner = input.options[winnerIndex];
  const winnerTotal = result.options[winnerIndex]?.total ?? 0;
  if (winner === undefined) return none;
  const fractions = result.weights.map((w) => w.fraction);
  const ids = input.criteria.map((c) => c.id);
  const levers = (optionIndex: number, direction: 1 | -1): Lever[] => {
    const option = input.options[optionIndex];
    if (option === undefined) return [];
    return ids.flatMap((c, j) => {
      const from = scoreOf(option, c);
      const room = direction === 1 ? MAX_SCORE - from : from - MIN_SCORE;
      const gain = fractions[j] ?? 0;
      return gain > 0 && room > 0 ? [{ optionId: option.id, criterionId: c, from, direction, gain, room }] : [];
    });
  };
  const lowerWinner = levers(winnerIndex, -1);
  // Challengers in ranking order, so that equal flips name the runner-up first.
  const challengers = result.order
    .map((id) => result.options.findIndex((o) => o.id === id))
    .filter((i) => i !== winnerIndex && result.options[i]?.excludedBy.length === 0);

  let single: WinnerFlip | null = null;
  let pair: WinnerFlip | null = null;
  for (const i of challengers) {
    const gap = winnerTotal - (result.options[i]?.total ?? 0);
    const takesOver = result.options[i]?.id ?? '';
    const all = [...lowerWinner, ...levers(i, 1)];
    for (const l of all) {
      const by = gap / l.gain;
      if (by <= l.room + ROOM_NOISE && (single === null || by < single.size)) {
        single = { changes: [moved(l, by)], size: by, takesOver };
      }
    }
    for (const a of all) {
      // a is the more effective lever and cannot close the gap alone; b takes the rest.
      if (a.gain * a.room >= gap - ROOM_NOISE) continue;
      for (const b of all) {
        if (b === a || b.gain > a.gain) continue;
        const rest = (gap - a.gain * a.room) / b.gain;
        const size = a.room + rest;
        if (rest <= b.room + ROOM_NOISE && (pair === null || size < pair.size)) {
          pair = { changes: [moved(a, a.room), moved(b, rest)], size, takesOver };
        }
      }
    }
  }
  // Two scores only matter when they beat the best single change.
  if (pair !== null && single !== null && pair.size >= single.size) pair = null;
  return { single, pair };
}
