import { describe, expect, it } from 'vitest';
import { checkRequirement, figureInterval, type FigureValue, type Threshold } from './requirements';
import type { Amount, Comparator, Unit } from '../schemas/common';

const fig = (comparator: Comparator, value: Amount, unit: Unit): FigureValue => ({ metric: 'm', comparator, value, unit });
const req = (comparator: Threshold['comparator'], value: number, unit: Unit): Threshold => ({ comparator, value, unit });

describe('figureInterval', () => {
  it('reads comparators and ranges as intervals', () => {
    expect(figureInterval(fig('~', 150, 'MB'))).toEqual({ lo: 150, loOpen: false, hi: 150, hiOpen: false });
    expect(figureInterval(fig('=', [2, 5], 's'))).toEqual({ lo: 2, loOpen: false, hi: 5, hiOpen: false });
    expect(figureInterval(fig('<', 50, 'ms'))).toEqual({ lo: -Infinity, loOpen: true, hi: 50, hiOpen: true });
    expect(figureInterval(fig('>=', 10, 'QPS'))).toEqual({ lo: 10, loOpen: false, hi: Infinity, hiOpen: true });
    // one-sided comparator on a range keeps the bound on its side
    expect(figureInterval(fig('<', [2, 5], 's'))).toMatchObject({ hi: 5, hiOpen: true });
    expect(figureInterval(fig('>', [2, 5], 's'))).toMatchObject({ lo: 2, loOpen: true });
  });
});

describe('checkRequirement', () => {
  it.each([
    // figure, requirement, expected — reasoning in the label
    ['<50 ms passes <100 ms (all of (−∞,50) is below 100)', fig('<', 50, 'ms'), req('<', 100, 'ms'), 'pass'],
    ['2–5 s fails <100 ms (2000 ms is not below 100)', fig('=', [2, 5], 's'), req('<', 100, 'ms'), 'fail'],
    ['0.5–1 ms fails <1 ms (1 itself is allowed)', fig('=', [0.5, 1], 'ms'), req('<', 1, 'ms'), 'fail'],
    ['<1 ms passes <1 ms (open end)', fig('<', 1, 'ms'), req('<', 1, 'ms'), 'pass'],
    ['<=1 fails <1 (1 itself is allowed)', fig('<=', 1, 'ms'), req('<', 1, 'ms'), 'fail'],
    ['<=1 passes <=1', fig('<=', 1, 'ms'), req('<=', 1, 'ms'), 'pass'],
    ['~1 passes <=1', fig('~', 1, 'ms'), req('<=', 1, 'ms'), 'pass'],
    ['>5 ms fails <100 ms (unbounded above)', fig('>', 5, 'ms'), req('<', 100, 'ms'), 'fail'],
    ['<5 fails >1 (unbounded below)', fig('<', 5, 'QPS'), req('>', 1, 'QPS'), 'fail'],
    ['>10 passes >10 (open end)', fig('>', 10, 'QPS'), req('>', 10, 'QPS'), 'pass'],
    ['>=10 fails >10', fig('>=', 10, 'QPS'), req('>', 10, 'QPS'), 'fail'],
    ['>=10 passes >=10', fig('>=', 10, 'QPS'), req('>=', 10, 'QPS'), 'pass'],
    ['1000–2000 req/s passes >=1000 QPS', fig('=', [1000, 2000], 'req/s'), req('>=', 1000, 'QPS'), 'pass'],
    ['~150 MB passes <=0.15 GB despite conversion noise', fig('~', 150, 'MB'), req('<=', 0.15, 'GB'), 'pass'],
    ['100 ms fails <0.1 s (equal after conversion)', fig('=', 100, 'ms'), req('<', 0.1, 's'), 'fail'],
    ['<0.1 s passes <100 ms', fig('<', 0.1, 's'), req('<', 100, 'ms'), 'pass'],
    ['150 MB fails <0.1 GB', fig('~', 150, 'MB'), req('<', 0.1, 'GB'), 'fail'],
    ['a unit of another dimension fails without throwing', fig('~', 150, 'MB'), req('<', 100, 'ms'), 'fail'],
    ['NaN fails', fig('=', Number.NaN, 'ms'), req('<', 100, 'ms'), 'fail'],
  ] as const)('%s', (_label, figure, requirement, expected) => {
    expect(checkRequirement(figure, requirement)).toBe(expected);
  });

  it('reports a missing figure as no-figure', () => {
    expect(checkRequirement(undefined, req('<', 1, 'ms'))).toBe('no-figure');
  });
});
