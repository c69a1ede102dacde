import { describe, expect, it } from 'vitest';
import { edgeDensity, fillTimeMs, instancesThatFit } from './edge-density';

const base = {
  runtime: 'wasm',
  'device-ram': 2048,
  'os-baseline': 150,
  'k3s-baseline': 268,
  'app-working-set': 64,
  'parallel-starts': 4,
  'overhead-wasm': 10,
  'overhead-container': 4.1,
  'overhead-gvisor': 23.7,
  'overhead-microvm': 5,
  'cold-wasm': 50,
  'cold-container': 2000,
  'cold-gvisor': 280,
  'cold-microvm': 125,
};

describe('edgeDensity', () => {
  it('fits what is left after the OS and K3s, per runtime', () => {
    // 2048 − 150 − 268 = 1630 MB. Wasm: 1630 / 74 = 22.03 → 22; container: 1630 / 68.1 → 23;
    // gVisor: 1630 / 87.7 → 18; microVM: 1630 / 69 → 23.
    const r = edgeDensity(base);
    expect(r.rows.map((row) => row.cells[1]?.value)).toEqual([22, 23, 18, 23]);
    expect(r.output.value).toBe(22);
  });

  it('starts them from zero in waves of parallel starts', () => {
    // Wasm: ceil(22 / 4) = 6 waves × 50 ms = 0.3 s; container: ceil(23 / 4) = 6 × 2 s = 12 s.
    const r = edgeDensity(base);
    expect(r.rows[0]?.cells[2]?.value).toBeCloseTo(0.3, 10);
    expect(r.rows[1]?.cells[2]?.value).toBe(12);
  });

  it('answers for the chosen runtime, and fits nothing when the baseline fills the device', () => {
    expect(edgeDensity({ ...base, runtime: 'gvisor' }).output.value).toBe(18);
    expect(edgeDensity({ ...base, 'device-ram': 400 }).output.value).toBe(0);
  });

  it('counts an exact fit', () => {
    expect(instancesThatFit(1000, 100)).toBe(10);
    expect(instancesThatFit(0.3, 0.1)).toBe(3);
    expect(fillTimeMs(0, 4, 50)).toBe(0);
    expect(fillTimeMs(5, 0, 50)).toBe(250);
  });
});
