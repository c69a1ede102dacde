import { describe, expect, it } from 'vitest';
import { bandScore, starMeanScore } from './score-rule';

describe('score rules', () => {
  it('rounds a mean of stars half up', () => {
    expect(starMeanScore([4, 4, 4, 5, 1])).toBe(4); // 3.6
    expect(starMeanScore([4, 3, 3, 4])).toBe(4); // 3.5
    expect(starMeanScore([3, 2, 3, 5])).toBe(3); // 3.25
    expect(starMeanScore([])).toBeNull();
  });

  it('takes the first band a value fits, strict or not as the band says', () => {
    const bands = [
      { comparator: '<' as const, value: 0.1, score: 5 },
      { comparator: '<=' as const, value: 0.3, score: 4 },
    ];
    expect(bandScore(0.1, bands, 1)).toBe(4);
    expect(bandScore(0.05, bands, 1)).toBe(5);
    expect(bandScore(0.3, bands, 1)).toBe(4);
    expect(bandScore(0.31, bands, 1)).toBe(1);
  });

  it('compares upwards for quantities where more is better', () => {
    const bands = [
      { comparator: '>=' as const, value: 24, score: 5 },
      { comparator: '>' as const, value: 8, score: 3 },
    ];
    expect(bandScore(24, bands, 1)).toBe(5);
    expect(bandScore(23, bands, 1)).toBe(3);
    expect(bandScore(8, bands, 1)).toBe(1);
  });
});
