import type { Figure, Requirement } from '../schemas/case';
import { convert, sameDimension } from './units';

/** The parts of a figure a requirement looks at. */
export type FigureValue = Pick<Figure, 'metric' | 'comparator' | 'value' | 'unit'>;
/** The parts of a requirement needed to test a figure against it. */
export type Threshold = Pick<Requirement, 'comparator' | 'value' | 'unit'>;
export type RequirementStatus = 'pass' | 'fail' | 'no-figure';

/** The set of values a figure allows; an open end excludes its bound, ±Infinity means unbounded. */
export interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

/**
 * Reads a figure as an interval. '='/'~' v → [v, v]; a range [a, b] → [a, b];
 * '<' v → (−∞, v); '<=' v → (−∞, v]; '>' v → (v, ∞); '>=' v → [v, ∞).
 * A range with a one-sided comparator ("< 2–5 s") keeps the bound on that side: '<' uses b, '>' uses a.
 */
export function figureInterval(figure: Pick<Figure, 'comparator' | 'value'>): Interval {
  const [a, b] = typeof figure.value === 'number' ? [figure.value, figure.value] : figure.value;
  switch (figure.comparator) {
    case '<':
      return { lo: -Infinity, loOpen: true, hi: b, hiOpen: true };
    case '<=':
      return { lo: -Infinity, loOpen: true, hi: b, hiOpen: false };
    case '>':
      return { lo: a, loOpen: true, hi: Infinity, hiOpen: true };
    case '>=':
      return { lo: a, loOpen: false, hi: Infinity, hiOpen: true };
    default:
      return { lo: a, loOpen: false, hi: b, hiOpen: false };
  }
}

/** Equal up to float noise from unit conversion (0.1 s → 100.00000000000001 ms). */
function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Whether a figure meets a threshold: it passes only if EVERY value the figure allows meets it,
 * so "2–5 s" fails "< 100 ms", "0.5–1 ms" fails "< 1 ms", "< 1 ms" passes "< 1 ms", "<= 1" fails "< 1",
 * and a figure unbounded on the side the threshold needs fails. No figure → 'no-figure' (never excludes).
 * Units of different dimensions (validation should prevent them) or NaN values → 'fail', never a throw.
 */
export function checkRequirement(figure: FigureValue | undefined, requirement: Threshold): RequirementStatus {
  if (figure === undefined) return 'no-figure';
  if (!sameDimension(figure.unit, requirement.unit)) return 'fail';
  const raw = figureInterval(figure);
  const lo = convert(raw.lo, figure.unit, requirement.unit);
  const hi = convert(raw.hi, figure.unit, requirement.unit);
  const t = requirement.value;
  switch (requirement.comparator) {
    case '<':
      return (hi < t && !nearlyEqual(hi, t)) || (nearlyEqual(hi, t) && raw.hiOpen) ? 'pass' : 'fail';
    case '<=':
      return hi <= t || nearlyEqual(hi, t) ? 'pass' : 'fail';
    case '>':
      return (lo > t && !nearlyEqual(lo, t)) || (nearlyEqual(lo, t) && raw.loOpen) ? 'pass' : 'fail';
    case '>=':
      return lo >= t || nearlyEqual(lo, t) ? 'pass' : 'fail';
  }
}

/** The figure an option gives for a metric (the first, if validation let a duplicate through). */
export function figureFor(figures: readonly FigureValue[], metric: string): FigureValue | undefined {
  return figures.find((f) => f.metric === metric);
}
