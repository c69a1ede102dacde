import type { MatrixInput, MatrixOption } from './matrix-input';
import { checkRequirement, figureFor, type RequirementStatus } from './requirements';

/** Totals closer than this are equal: 0.1 + 0.2 style float noise must not break a tie. */
export const TIE_EPSILON = 1e-9;
/** A stated total further than this from the computed one is an erratum (plus TIE_EPSILON for float noise). */
export const ERRATUM_THRESHOLD = 0.05;
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export type WeightsResult =
  | { ok: true; fractions: number[] }
  /** 'all-zero': nothing to normalise (also for an empty list). 'invalid': some weight is negative, NaN or infinite. */
  | { ok: false; reason: 'all-zero' }
  | { ok: false; reason: 'invalid'; indexes: number[] };

/**
 * Turns raw weights into fractions summing to 1. Negative, NaN and infinite weights are REJECTED
 * (reason 'invalid', with their indexes) rather than clamped, so a bad input is never silently reweighted;
 * the URL decoder already clamps reader weights into 0–100. All-zero or empty → 'all-zero', never NaN.
 */
export function normaliseWeights(weights: readonly number[]): WeightsResult {
  const indexes = weights.flatMap((w, i) => (Number.isFinite(w) && w >= 0 ? [] : [i]));
  if (indexes.length > 0) return { ok: false, reason: 'invalid', indexes };
  // Divide by the largest first so huge weights cannot overflow the sum to Infinity.
  const max = Math.max(0, ...weights);
  if (max === 0) return { ok: false, reason: 'all-zero' };
  const scaled = weights.map((w) => w / max);
  const sum = scaled.reduce((a, b) => a + b, 0);
  return { ok: true, fractions: scaled.map((w) => w / sum) };
}

/**
 * An option's score on a criterion, clamped to 1–5. A missing or non-finite score counts as 1,
 * the worst, so a gap in the data can never help an option (validation requires every score anyway).
 */
export function scoreOf(option: Pick<MatrixOption, 'scores'>, criterionId: string): number {
  const s = Object.hasOwn(option.scores, criterionId) ? option.scores[criterionId] : undefined;
  if (s === undefined || !Number.isFinite(s)) return MIN_SCORE;
  return Math.min(MAX_SCORE, Math.max(MIN_SCORE, s));
}

/** Σ fraction_k · score_k, on the 1–5 scale. */
export function weightedTotal(option: Pick<MatrixOption, 'scores'>, criterionIds: readonly string[], fractions: readonly number[]): number {
  return criterionIds.reduce((sum, id, k) => sum + (fractions[k] ?? 0) * scoreOf(option, id), 0);
}

/** Competition ranking ("1, 2, 2, 4"): 1 + how many totals are clearly higher. */
export function competitionRanks(totals: readonly number[]): number[] {
  return totals.map((t) => 1 + totals.filter((u) => u > t + TIE_EPSILON).length);
}


export interface OptionResult {
  id: string;
  /** Unrounded weighted total on the 1–5 scale. */
  total: number;
  /** Competition rank among ALL options, excluded ones included. */
  rank: number;
  /** Competition rank among non-excluded options; null when excluded. */
  eligibleRank: number | null;
  /** Active requirements this option fails, in requirement order. */
  excludedBy: string[];
  /** How the option fares on EVERY requirement, active or not, in requirement order. */
  checks: { requirementId: string; status: RequirementStatus }[];
  /** The total the original states, or null (reader-added options). */
  stated: number | null;
  /** |stated − total| > 0.05; false when nothing is stated. */
  erratum: boolean;
}

export type MatrixStatus =
  /** One eligible option has the best total. */
  | 'winner'
  /** Several eligible options share the best total: winner null, see tiedLeaders. */
  | 'tie'
  /** Every option fails an active requirement: no winner. */
  | 'all-excluded'
  /** There are no options at all. */
  | 'no-options';

export interface MatrixEvaluation {
  status: MatrixStatus;
  weights: { id: string; fraction: number }[];
  /** In input order. */
  options: OptionResult[];
  /** Option ids by total, best first; equal totals keep input order. */
  order: string[];
  winner: string | null;
  /** Eligible options sharing the best total when status is 'tie'; [] otherwise. */
  tiedLeaders: string[];
  /** Winner total − best other eligible total; null without a unique winner or without a runner-up. */
  margin: number | null;
}

export type MatrixResult =
  | ({ ok: true } & MatrixEvaluation)
  | { ok: false; status: 'no-weights'; reason: 'all-zero' | 'invalid'; invalidCriteria: string[] };

/** The whole matrix: totals, ranks, exclusions, errata and the winner. Deterministic and JSON-serialisable. */
export function evaluateMatrix(input: MatrixInput): MatrixResult {
  const ids = input.criteria.map((c) => c.id);
  const weights = normaliseWeights(input.criteria.map((c) => c.weight));
  if (!weights.ok) {
    const invalidCriteria = weights.reason === 'invalid' ? weights.indexes.map((i) => ids[i] ?? String(i)) : [];
    return { ok: false, status: 'no-weights', reason: weights.reason, invalidCriteria };
  }
  return { ok: true, ...evaluateWithFractions(input, weights.fractions) };
}

/** evaluateMatrix with weights already normalised (sensitivity analysis reuses it with moved weights). */
export function evaluateWithFractions(input: MatrixInput, fractions: readonly number[]): MatrixEvaluation {
  const ids = input.criteria.map((c) => c.id);
  const totals = input.options.map((o) => weightedTotal(o, ids, fractions));
  const ranks = competitionRanks(totals);
  const checks = input.options.map((o) =>
    input.requirements.map((r) => ({ requirementId: r.id, status: checkRequirement(figureFor(o.figures, r.metric), r) })),
  );
  const excluded = checks.map((list) =>
    list.filter((c, j) => input.requirements[j]?.active && c.status === 'fail').map((c) => c.requirementId),
  );
  const eligible = input.options.flatMap((o, i) => (excluded[i]?.length ? [] : [{ id: o.id, total: totals[i] ?? 0, i }]));
  const eligibleRankList = competitionRanks(eligible.map((e) => e.total));
  // Keyed by input position, not id, so a duplicated id cannot mix two options up.
  const eligibleRanks = new Map(eligible.map((e, n) => [e.i, eligibleRankList[n] ?? 0]));

  const options = input.options.map((o, i): OptionResult => {
    const total = totals[i] ?? 0;
    const stated = o.statedTotal ?? null;
    return {
      id: o.id,
      total,
      rank: ranks[i] ?? 0,
      eligibleRank: eligibleRanks.get(i) ?? null,
      excludedBy: excluded[i] ?? [],
      checks: checks[i] ?? [],
      stated,
      erratum: stated !== null && Math.abs(stated - total) > ERRATUM_THRESHOLD + TIE_EPSILON,
    };
  });

  // Sorting by (rank, input position) rather than raw totals keeps the order consistent with the epsilon ties.
  const order = options
    .map((o, i) => ({ id: o.id, rank: o.rank, i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((o) => o.id);

  const base = { weights: ids.map((id, k) => ({ id, fraction: fractions[k] ?? 0 })), options, order };
  if (input.options.length === 0) return { ...base, status: 'no-options', winner: null, tiedLeaders: [], margin: null };
  if (eligible.length === 0) return { ...base, status: 'all-excluded', winner: null, tiedLeaders: [], margin: null };

  const best = Math.max(...eligible.map((e) => e.total));
  const leaders = eligible.filter((e) => e.total >= best - TIE_EPSILON);
  const [leader] = leaders;
  if (leaders.length > 1 || leader === undefined) {
    return { ...base, status: 'tie', winner: null, tiedLeaders: leaders.map((e) => e.id), margin: null };
  }
  const others = eligible.filter((e) => e !== leader).map((e) => e.total);
  const margin = others.length > 0 ? leader.total - Math.max(...others) : null;
  return { ...base, status: 'winner', winner: leader.id, tiedLeaders: [], margin };
}
