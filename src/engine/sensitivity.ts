import { evaluateMatrix, scoreOf, type MatrixResult } from './matrix';
import type { MatrixInput } from './matrix-input';

/**
 * How far one criterion's weight can move before the winner changes.
 *
 * Moving criterion k's normalised weight to x ∈ [0, 1] rescales the others in proportion to their current
 * fractions, so each total is linear in x: T_i(x) = x·s_ik + (1 − x)·R_i, R_i = Σ_{j≠k} w_j·s_ij / Σ_{j≠k} w_j.
 * If every other weight is zero (x = 1 now), they share 1 − x equally: R_i = mean of the other scores.
 * With a single criterion nothing can move: T_i is constant and the interval is [0, 1].
 *
 * [lo, hi] is the closure of the set of x where the current winner has the strictly best total among
 * eligible options; since every gap to the winner is linear, that set is one interval. At lo and hi the
 * winner ties with the option named in belowTakesOver / aboveTakesOver, which leads just beyond.
 */
export type CriterionSensitivity =
  | {
      status: 'winner';
      criterionId: string;
      /** Current normalised weight. */
      current: number;
      winner: string;
      lo: number;
      hi: number;
      /** Who leads just below lo; null when lo = 0. */
      belowTakesOver: string | null;
      /** Who leads just above hi; null when hi = 1. */
      aboveTakesOver: string | null;
    }
  | {
      status: 'no-unique-winner';
      criterionId: string;
      current: number;
      reason: 'tie' | 'all-excluded' | 'no-options';
    };

export type SensitivityResult =
  | { ok: true; criteria: CriterionSensitivity[] }
  | { ok: false; reason: 'all-zero' | 'invalid' };

/** A line T(x) = at0 + (at1 − at0)·x for one option as criterion k's weight moves. */
interface Line {
  id: string;
  at0: number;
  at1: number;
}

/** Each eligible option's total as a line in criterion k's weight. */
function linesFor(input: MatrixInput, fractions: readonly number[], k: number, eligible: readonly number[]): Line[] {
  const ids = input.criteria.map((c) => c.id);
  const kId = ids[k] ?? '';
  const others = fractions.reduce((sum, w, j) => (j === k ? sum : sum + w), 0);
  return eligible.map((i) => {
    const option = input.options[i];
    if (option === undefined) return { id: '', at0: 0, at1: 0 };
    const sk = scoreOf(option, kId);
    let rest = 0;
    if (ids.length === 1) rest = sk;
    else if (others > 0) ids.forEach((id, j) => (rest += j === k ? 0 : ((fractions[j] ?? 0) / others) * scoreOf(option, id)));
    else ids.forEach((id, j) => (rest += j === k ? 0 : scoreOf(option, id) / (ids.length - 1)));
    return { id: option.id, at0: rest, at1: sk };
  });
}

/** Roots within this distance count as the same crossing point. */
const SAME_ROOT = 1e-12;

/** The interval around `current` where `winner` beats every other line, and who takes over past each end. */
function winnerInterval(lines: readonly Line[], winner: Line) {
  let lo = 0;
  let hi = 1;
  let below: Line[] = [];
  let above: Line[] = [];
  for (const line of lines) {
    if (line === winner) continue;
    // Gap D(x) = d0 + m·x, positive at the current weight; it closes at x = −d0 / m.
    const d0 = winner.at0 - line.at0;
    const m = winner.at1 - line.at1 - d0;
    if (m === 0) continue;
    const root = -d0 / m;
    // A crossing within SAME_ROOT of 0 or 1 is a tie at the end of the range, not a takeover inside it.
    if (m < 0 && root < 1 - SAME_ROOT) {
      if (root < hi - SAME_ROOT) [hi, above] = [root, [line]];
      else if (root <= hi + SAME_ROOT) above.push(line);
    } else if (m > 0 && root > SAME_ROOT) {
      if (root > lo + SAME_ROOT) [lo, below] = [root, [line]];
      else if (root >= lo - SAME_ROOT) below.push(line);
    }
  }
  // Past a shared crossing, the line moving fastest away from the winner leads; equal slopes keep input order.
  const slope = (l: Line) => l.at1 - l.at0;
  const steepest = (ls: Line[], sign: 1 | -1) =>
    ls.reduce<Line | null>((best, l) => (best === null || sign * slope(l) > sign * slope(best) ? l : best), null);
  return {
    lo: Math.max(0, lo),
    hi: Math.min(1, hi),
    belowTakesOver: lo > 0 ? (steepest(below, -1)?.id ?? null) : null,
    aboveTakesOver: hi < 1 ? (steepest(above, 1)?.id ?? null) : null,
  };
}

/**
 * Exact sensitivity of the winner to each criterion's weight (see CriterionSensitivity).
 * Exclusions do not depend on weights, so only eligible options compete. Pass `result` to reuse an evaluation.
 */
export function analyseSensitivity(input: MatrixInput, result: MatrixResult = evaluateMatrix(input)): SensitivityResult {
  if (!result.ok) return { ok: false, reason: result.reason };
  const fractions = result.weights.map((w) => w.fraction);
  const eligible = result.options.flatMap((o, i) => (o.excludedBy.length === 0 ? [i] : []));
  const winnerIndex = result.winner === null ? -1 : eligible.findIndex((i) => result.options[i]?.id === result.winner);
  const criteria = input.criteria.map((c, k): CriterionSensitivity => {
    const current = fractions[k] ?? 0;
    if (result.status !== 'winner' || winnerIndex < 0) {
      const reason = result.status === 'winner' ? 'tie' : result.status;
      return { status: 'no-unique-winner', criterionId: c.id, current, reason };
    }
    const lines = linesFor(input, fractions, k, eligible);
    const winner = lines[winnerIndex];
    if (winner === undefined) return { status: 'no-unique-winner', criterionId: c.id, current, reason: 'tie' };
    return { status: 'winner', criterionId: c.id, current, winner: winner.id, ...winnerInterval(lines, winner) };
  });
  return { ok: true, criteria };
}

/**
 * Moves criterion k's normalised weight to x, rescaling the others in proportion (equally if they are all zero).
 * This is the path analyseSensitivity assumes.
 */
export function moveWeight(fractions: readonly number[], k: number, x: number): number[] {
  const others = fractions.reduce((sum, w, j) => (j === k ? sum : sum + w), 0);
  const n = fractions.length;
  return fractions.map((w, j) => (j === k ? x : others > 0 ? (w / others) * (1 - x) : (1 - x) / (n - 1)));
}

/**
 * The raw weight for criterion k that gives it normalised weight `fraction` while the other raw weights stay:
 * raw_k = f·S / (1 − f), S = Σ other raw weights. f = 1 needs an infinite weight: returns Infinity.
 * If S = 0 every positive raw weight gives f = 1, so any f > 0 returns 1 (f = 0 returns 0).
 * f is clamped to [0, 1]; NaN counts as 0.
 */
export function rawWeightFor(fraction: number, otherRawWeights: readonly number[]): number {
  const f = Number.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction));
  const sum = otherRawWeights.reduce((a, b) => a + b, 0);
  if (f === 0) return 0;
  if (sum === 0) return 1;
  if (f === 1) return Infinity;
  return (f * sum) / (1 - f);
}
