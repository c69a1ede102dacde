import { describe, expect, it } from 'vitest';
import { tenantDensity } from './tenant-density';

const base = {
  mode: 'vgpu',
  'host-cores': 64,
  'cpu-overcommit': 1,
  'host-memory': 512,
  'host-reserved': 32,
  'tenant-cores': 2,
  'tenant-memory': 4,
  gpus: 8,
  'gpu-memory': 80,
  'vgpu-profile': 10,
  'mig-instances': 7,
  'timeslice-replicas': 4,
  'retention-passthrough': 95,
  'retention-container': 98,
};

describe('tenantDensity', () => {
  it('takes the tightest of CPU, memory and GPU slots', () => {
    // CPU: 64 / 2 = 32; memory: (512 − 32) / 4 = 120; GPU slots: 8 × (1 | 80/10 = 8 | 7 | 4).
    const r = tenantDensity(base);
    expect(r.rows.map((row) => row.cells[0]?.value)).toEqual([1, 8, 7, 4]);
    expect(r.rows.map((row) => row.cells[3]?.value)).toEqual([8, 32, 32, 32]);
    expect(r.output.value).toBe(32);
  });

  it('gives each tenant a share of a GPU, with the retention figure where one exists', () => {
    const r = tenantDensity(base);
    expect(r.rows[0]?.cells.slice(1, 3).map((c) => c.value)).toEqual([100, 95]);
    expect(r.rows[1]?.cells[1]?.value).toBe(12.5);
    expect(r.rows[1]?.cells[2]?.value).toBeNull();
    expect(r.rows[2]?.cells[1]?.value).toBeCloseTo(14.2857, 3);
  });

  it('shows a retention figure only for a whole GPU: none for a time-sliced share, the container figure for one replica', () => {
    expect(tenantDensity(base).rows[3]?.cells.slice(1, 3).map((c) => c.value)).toEqual([25, null]);
    expect(tenantDensity({ ...base, 'timeslice-replicas': 1 }).rows[3]?.cells.slice(1, 3).map((c) => c.value)).toEqual([100, 98]);
  });

  it('lets the GPUs decide once the CPU allows more tenants', () => {
    // Overcommit 4: CPU 128, memory 120, so MIG gives 8 × 7 = 56 and vGPU 64.
    const r = tenantDensity({ ...base, 'cpu-overcommit': 4, mode: 'mig' });
    expect(r.output.value).toBe(56);
    expect(r.rows[1]?.cells[3]?.value).toBe(64);
  });
});
