import { describe, expect, it } from 'vitest';
import { billedMs, serverlessCost } from './serverless-cost';

const base = {
  invocations: 10_000_000,
  duration: 28,
  memory: 128,
  'cold-share': 0,
  'cold-extra': 35,
  'price-gb-s': 0.00001667,
  'price-requests': 0.2,
  'granularity-fine': 1,
  'granularity-coarse': 100,
};

describe('billedMs', () => {
  it('rounds up to the next multiple of the granularity', () => {
    expect(billedMs(28, 1)).toBe(28);
    expect(billedMs(28, 100)).toBe(100);
    expect(billedMs(100, 100)).toBe(100);
    expect(billedMs(100.5, 100)).toBe(200);
    expect(billedMs(0.2, 1)).toBe(1);
  });
});

describe('serverlessCost', () => {
  it('prices 10 M invocations of 28 ms at 128 MB under 1 ms and 100 ms rounding', () => {
    // 1 ms: 10e6 × 0.028 s × 0.125 GB = 35 000 GB-s → $0.58345; requests 10 × $0.20 = $2; total $2.58345.
    // 100 ms: 10e6 × 0.1 s × 0.125 GB = 125 000 GB-s → $2.08375; total $4.08375; difference 90 000 GB-s × $0.00001667 = $1.5003.
    const r = serverlessCost(base);
    const [fine, coarse, diff] = r.rows;
    expect(fine?.cells.map((c) => c.value)).toEqual([28, 35_000, expect.closeTo(0.58345, 10), 2, expect.closeTo(2.58345, 10)]);
    expect(coarse?.cells.map((c) => c.value)).toEqual([100, 125_000, expect.closeTo(2.08375, 10), 2, expect.closeTo(4.08375, 10)]);
    expect(diff?.cells[1]?.value).toBe(90_000);
    expect(diff?.cells[4]?.value).toBeCloseTo(1.5003, 10);
    expect(r.output.value).toBeCloseTo(1.5003, 10);
  });

  it('rounds cold invocations, which run longer, as a whole', () => {
    // 10% cold: billed (1 ms) = 0.9 × 28 + 0.1 × 63 = 31.5 ms; (100 ms) = 100 ms either way.
    const r = serverlessCost({ ...base, 'cold-share': 10 });
    expect(r.rows[0]?.cells[0]?.value).toBeCloseTo(31.5, 10);
    expect(r.rows[1]?.cells[0]?.value).toBe(100);
  });

  it('costs nothing more when every duration is already a multiple of 100 ms', () => {
    expect(serverlessCost({ ...base, duration: 200 }).output.value).toBe(0);
  });
});
