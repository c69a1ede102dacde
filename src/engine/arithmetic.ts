import type { ArithmeticCheck, Claim, Quantity } from '../schemas/case';
import type { Amount, Unit } from '../schemas/common';
import { convert, sameDimension } from './units';

/** A recomputed figure: a number, or [min, max] when an input was a range. */
export interface Recomputed {
  value: Amount;
  unit: Unit;
}

type Span = [number, number];

function span(value: Amount): Span {
  return typeof value === 'number' ? [value, value] : [value[0], value[1]];
}

function toAmount([lo, hi]: Span): Amount {
  return lo === hi ? lo : [lo, hi];
}

/** from / to over ranges; null if `to` can be zero (or changes sign) or the result is not finite. */
function divide([a, b]: Span, [c, d]: Span): Span | null {
  if (c <= 0 && d >= 0) return null;
  const q = [a / c, a / d, b / c, b / d];
  const result: Span = [Math.min(...q), Math.max(...q)];
  return result.every(Number.isFinite) ? result : null;
}

/** `to` expressed in `from`'s unit; null for units of different dimensions. */
function inUnitOf(q: Quantity, unit: Unit): Span | null {
  if (!sameDimension(q.unit, unit)) return null;
  const [lo, hi] = span(q.value);
  return [convert(lo, q.unit, unit), convert(hi, q.unit, unit)];
}

/**
 * Redoes the original's arithmetic, converting units first (to `from`'s unit, or the first part's for sums):
 * reduction = (from − to) / from · 100 %, speedup = from / to ×, ratio = from / to · 100 %, sum = Σ parts.
 * Ranges propagate as ranges. Returns null when the check cannot be computed: units of different
 * dimensions, or a divisor that is (or may be) zero.
 */
export function recomputeClaim(check: ArithmeticCheck): Recomputed | null {
  if (check.kind === 'sum') {
    const [first] = check.parts;
    if (first === undefined) return null;
    const spans = check.parts.map((p) => inUnitOf(p, first.unit));
    if (spans.some((s) => s === null)) return null;
    const total = spans.reduce<Span>((acc, s) => (s ? [acc[0] + s[0], acc[1] + s[1]] : acc), [0, 0]);
    return { value: toAmount(total), unit: first.unit };
  }
  const from = span(check.from.value);
  const to = inUnitOf(check.to, check.from.unit);
  if (to === null) return null;
  const q = divide(from, to);
  // (from − to) / from = 1 − to / from, so the reduction needs to / from.
  const inverse = check.kind === 'reduction' ? divide(to, from) : null;
  switch (check.kind) {
    case 'reduction':
      return inverse && { value: toAmount([100 - inverse[1] * 100, 100 - inverse[0] * 100]), unit: '%' };
    case 'speedup':
      return q && { value: toAmount(q), unit: 'x' };
    case 'ratio':
      return q && { value: toAmount([q[0] * 100, q[1] * 100]), unit: '%' };
  }
}

/** Digits after the decimal point as the number is written (72.5 → 1, 3767 → 0, 1.5e-7 → 8). */
export function decimalPlaces(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/**
 * How far a stated figure may sit from the exact value and still be a fair rounding of it:
 * half a unit of its last written digit, or 0.5 % of it, whichever is larger.
 * Numbers are read as written, so trailing zeros of an integer count (100 → ±0.5, not ±50);
 * the 0.5 % floor is what forgives round numbers such as 3000.
 */
export function statedTolerance(stated: number): number {
  return Math.max(0.5 * 10 ** -decimalPlaces(stated), 0.005 * Math.abs(stated));
}

/**
 * Whether a stated figure agrees with the recomputed one (see statedTolerance).
 * `difference` is computed − stated; for ranges it is the signed gap between them (0 when they overlap).
 * Float noise of 1e-9 relative is forgiven on top of the tolerance.
 */
export function compareStated(stated: Amount, computed: Amount): { consistent: boolean; difference: number } {
  const [a, b] = span(stated);
  const [c, d] = span(computed);
  const difference = c > b ? c - b : d < a ? d - a : 0;
  const noise = 1e-9 * Math.max(Math.abs(a), Math.abs(b), Math.abs(c), Math.abs(d));
  const consistent = c <= b + statedTolerance(b) + noise && d >= a - statedTolerance(a) - noise;
  return { consistent: consistent && Number.isFinite(difference), difference };
}

/**
 * Recomputes a claim's check and compares it with the claim as stated, in the stated unit.
 * null when the claim has no check, the check cannot be computed, or the units cannot be compared.
 */
export function checkClaim(claim: Pick<Claim, 'stated' | 'check'>): (Recomputed & { consistent: boolean; difference: number }) | null {
  if (claim.check === undefined) return null;
  const computed = recomputeClaim(claim.check);
  if (computed === null || !sameDimension(computed.unit, claim.stated.unit)) return null;
  const [lo, hi] = span(computed.value);
  const value = toAmount([convert(lo, computed.unit, claim.stated.unit), convert(hi, computed.unit, claim.stated.unit)]);
  return { value, unit: claim.stated.unit, ...compareStated(claim.stated.value, value) };
}
