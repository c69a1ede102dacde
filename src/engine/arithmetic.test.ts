import { describe, expect, it } from 'vitest';
import { checkClaim, compareStated, decimalPlaces, recomputeClaim, statedTolerance } from './arithmetic';
import type { Claim } from '../schemas/case';
import type { Amount, Unit } from '../schemas/common';

type Checked = Pick<Claim, 'stated' | 'check'>;

const q = (value: Amount, unit: Unit) => ({ comparator: '=' as const, value, unit });

describe('recomputeClaim', () => {
  it('reduction = (from − to) / from as %', () => {
    // (200 − 50) / 200 = 150 / 200 = 75 %
    expect(recomputeClaim({ kind: 'reduction', from: q(200, 'ms'), to: q(50, 'ms') })).toEqual({ value: 75, unit: '%' });
    // 2 s → 500 ms: (2000 − 500) / 2000 = 75 %, after converting to s
    expect(recomputeClaim({ kind: 'reduction', from: q(2, 's'), to: q(500, 'ms') })).toEqual({ value: 75, unit: '%' });
  });
  it('speedup = from / to as ×', () => {
    // 1 s / 10 ms = 1000 / 10 = 100×
    expect(recomputeClaim({ kind: 'speedup', from: q(1, 's'), to: q(10, 'ms') })).toEqual({ value: 100, unit: 'x' });
  });
  it('ratio = from / to as %', () => {
    // 30 / 120 = 25 %
    expect(recomputeClaim({ kind: 'ratio', from: q(30, 'USD/month'), to: q(120, 'USD/month') })).toEqual({ value: 25, unit: '%' });
  });
  it('sum in the first part’s unit', () => {
    // 100 MB + 1 GB + 512 KB = 100 + 1000 + .512 = 1100.512 MB
    const r = recomputeClaim({ kind: 'sum', parts: [q(100, 'MB'), q(1, 'GB'), q(512, 'KB')] });
    expect(r?.unit).toBe('MB');
    expect(r?.value).toBeCloseTo(1100.512, 9);
  });
  it('propagates ranges', () => {
    // speedup [2,4] s / [100,200] ms → [2000/200, 4000/100] = [10, 40]
    expect(recomputeClaim({ kind: 'speedup', from: q([2, 4], 's'), to: q([100, 200], 'ms') })).toEqual({ value: [10, 40], unit: 'x' });
    // reduction 100 → [20, 40]: 1 − to/from ∈ [60, 80] %
    expect(recomputeClaim({ kind: 'reduction', from: q(100, 'MB'), to: q([20, 40], 'MB') })).toEqual({ value: [60, 80], unit: '%' });
    expect(recomputeClaim({ kind: 'sum', parts: [q([1, 2], 's'), q(500, 'ms')] })).toEqual({ value: [1.5, 2.5], unit: 's' });
  });
  it('returns null for mismatched units or a zero divisor', () => {
    expect(recomputeClaim({ kind: 'speedup', from: q(1, 's'), to: q(1, 'MB') })).toBeNull();
    expect(recomputeClaim({ kind: 'speedup', from: q(1, 's'), to: q(0, 's') })).toBeNull();
    expect(recomputeClaim({ kind: 'reduction', from: q(0, 's'), to: q(1, 's') })).toBeNull();
    expect(recomputeClaim({ kind: 'sum', parts: [q(1, 's'), q(1, 'MB')] })).toBeNull();
  });
});

describe('compareStated', () => {
  it('reads the stated precision', () => {
    expect(decimalPlaces(72.5)).toBe(1);
    expect(decimalPlaces(3767)).toBe(0);
    expect(decimalPlaces(1.5e-7)).toBe(8);
    // 91 → ±max(.5, .455) = .5; 72.5 → ±max(.05, .3625) = .3625; 3000 → ±max(.5, 15) = 15
    expect(statedTolerance(91)).toBe(0.5);
    expect(statedTolerance(72.5)).toBeCloseTo(0.3625, 12);
    expect(statedTolerance(3000)).toBe(15);
  });
  it.each([
    // stated, computed, consistent — |gap| vs tolerance
    [91, 98.9, false], // 7.9 > .5
    [3767, 3766.7, true], // .3 ≤ .5
    [72.5, 72.5, true],
    [100, 1000, false], // 900 > .5
    [75, 75.4, true], // .4 ≤ .5
    [75, 75.6, false], // .6 > .5 (0.5 % of 75 = .375)
    [3000, 3012, true], // 12 ≤ 15 (0.5 %)
  ] as const)('stated %d vs computed %d → consistent %s', (stated, computed, consistent) => {
    const r = compareStated(stated, computed);
    expect(r.consistent).toBe(consistent);
    expect(r.difference).toBeCloseTo(computed - stated, 9);
  });
  it('compares ranges by overlap', () => {
    expect(compareStated([10, 20], 15)).toEqual({ consistent: true, difference: 0 });
    expect(compareStated(15, [10, 40])).toEqual({ consistent: true, difference: 0 });
    expect(compareStated([10, 20], [30, 40])).toEqual({ consistent: false, difference: 10 });
  });
});

describe('checkClaim', () => {
  it('recomputes and compares in the stated unit', () => {
    // reduction 1 s → 90 ms: (1000 − 90) / 1000 = 91 %, stated 91 → consistent
    const claim: Checked = { stated: q(91, '%'), check: { kind: 'reduction', from: q(1, 's'), to: q(90, 'ms') } };
    expect(checkClaim(claim)).toMatchObject({ value: expect.closeTo(91, 9), unit: '%', consistent: true });
    // sum of 1.2 s + 300 ms stated as 1500 ms → 1500 ms, consistent
    const sum: Checked = { stated: q(1500, 'ms'), check: { kind: 'sum', parts: [q(1.2, 's'), q(300, 'ms')] } };
    expect(checkClaim(sum)).toMatchObject({ value: expect.closeTo(1500, 9), unit: 'ms', consistent: true });
    expect(checkClaim({ stated: q(1, '%') })).toBeNull();
  });
});
