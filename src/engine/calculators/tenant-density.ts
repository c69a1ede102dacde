import { instancesThatFit } from './edge-density';
import { finite, num, pick, selectedOutput } from './read-values';
import type { CalcResult, CalculatorModel, Values } from './types';

export const GPU_MODES = ['passthrough', 'vgpu', 'mig', 'timeslice'] as const;
type GpuMode = (typeof GPU_MODES)[number];

/** How many tenants one GPU serves in a mode: whole GPUs, framebuffer slices, MIG instances or time-slice replicas. */
export function slotsPerGpu(mode: GpuMode, values: Values): number {
  switch (mode) {
    case 'passthrough':
      return 1;
    case 'vgpu':
      return instancesThatFit(num(values, 'gpu-memory'), num(values, 'vgpu-profile'));
    case 'mig':
      return Math.floor(num(values, 'mig-instances'));
    case 'timeslice':
      return Math.floor(num(values, 'timeslice-replicas'));
  }
}

/**
 * The performance a tenant keeps relative to native, where a figure exists (else null). The figures are for a whole
 * GPU; a tenant that gets a share of one (more than one slot per GPU) has no figure to cite.
 */
function retention(mode: GpuMode, slots: number, values: Values): number | null {
  if (slots !== 1) return null;
  if (mode === 'passthrough') return num(values, 'retention-passthrough');
  if (mode === 'timeslice') return num(values, 'retention-container');
  return null;
}

/**
 * Tenants one host can take when each tenant gets a CPU/memory allocation and a share of a GPU:
 * the smallest of what the cores (with overcommit), the memory (after the host's reserve) and the GPU slots allow.
 */
export function tenantDensity(values: Values): CalcResult {
  const selected = pick(values, 'mode', GPU_MODES);
  const byCpu = instancesThatFit(num(values, 'host-cores') * num(values, 'cpu-overcommit'), num(values, 'tenant-cores'));
  const byMemory = instancesThatFit(num(values, 'host-memory') - num(values, 'host-reserved'), num(values, 'tenant-memory'));
  const gpus = Math.floor(num(values, 'gpus'));
  const rows = GPU_MODES.map((mode) => {
    const slots = slotsPerGpu(mode, values);
    const tenants = Math.min(byCpu, byMemory, gpus * slots);
    return {
      id: mode,
      selected: mode === selected,
      cells: [
        { value: finite(slots), unit: 'count' as const },
        { value: slots > 0 ? finite(100 / slots) : null, unit: '%' as const },
        { value: retention(mode, slots, values), unit: '%' as const },
        { value: finite(tenants), unit: 'count' as const },
      ],
    };
  });
  return {
    output: selectedOutput(rows, 3, 'count'),
    columns: ['slots', 'share', 'retention', 'tenants'],
    rows,
  };
}

export const tenantDensityModel: CalculatorModel = {
  id: 'tenant-density',
  numbers: [
    'host-cores', 'cpu-overcommit', 'host-memory', 'host-reserved', 'tenant-cores', 'tenant-memory', 'gpus',
    'gpu-memory', 'vgpu-profile', 'mig-instances', 'timeslice-replicas', 'retention-passthrough', 'retention-container',
  ],
  choices: { mode: GPU_MODES },
  compute: tenantDensity,
};
