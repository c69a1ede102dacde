import { describe, expect, it } from 'vitest';
import { convert, dimensionOf, sameDimension } from './units';

describe('units', () => {
  it('converts within a dimension', () => {
    expect(convert(2, 's', 'ms')).toBe(2000);
    expect(convert(1500, 'MB', 'GB')).toBeCloseTo(1.5, 12);
    expect(convert(500, 'millicores', 'cores')).toBeCloseTo(0.5, 12);
    expect(convert(2, 'min', 's')).toBe(120);
    expect(convert(1, 'us', 'ns')).toBeCloseTo(1000, 9);
    expect(convert(7, 'QPS', 'req/s')).toBe(7);
  });
  it('keeps infinities infinite (open-ended figures)', () => {
    expect(convert(Infinity, 's', 'ms')).toBe(Infinity);
    expect(convert(-Infinity, 'GB', 'MB')).toBe(-Infinity);
  });
  it('knows dimensions', () => {
    expect(dimensionOf('ms')).toBe('time');
    expect(sameDimension('KB', 'TB')).toBe(true);
    expect(sameDimension('%', 'x')).toBe(false);
  });
  it('throws on a dimension mismatch', () => {
    expect(() => convert(1, 'ms', 'MB')).toThrow(RangeError);
  });
});
