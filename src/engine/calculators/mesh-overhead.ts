import { finite, num, pick, selectedOutput } from './read-values';
import type { CalcResult, CalculatorModel, Values } from './types';

export const MESH_MODES = ['sidecar', 'ambient', 'linkerd', 'cilium'] as const;
type MeshMode = (typeof MESH_MODES)[number];

/**
 * Data-plane memory in MB: a proxy per pod (Istio sidecars, Linkerd), a ztunnel per node plus the waypoints
 * (Istio ambient), or an agent per node (Cilium). Control planes are left out: they do not grow with pods.
 */
export function dataPlaneMb(mode: MeshMode, values: Values): number {
  const nodes = Math.floor(num(values, 'nodes'));
  const pods = nodes * Math.floor(num(values, 'pods-per-node'));
  switch (mode) {
    case 'sidecar':
      return pods * num(values, 'sidecar-memory');
    case 'ambient':
      return nodes * num(values, 'ztunnel-memory') + Math.floor(num(values, 'waypoints')) * num(values, 'waypoint-memory');
    case 'linkerd':
      return pods * num(values, 'linkerd-memory');
    case 'cilium':
      return nodes * num(values, 'cilium-agent-memory');
  }
}

/**
 * Memory and added latency of each data plane at N nodes × M pods. Latency is the per-call figure
 * (client and server side together) times the mesh calls one request makes.
 */
export function meshOverhead(values: Values): CalcResult {
  const selected = pick(values, 'mode', MESH_MODES);
  const pods = Math.floor(num(values, 'nodes')) * Math.floor(num(values, 'pods-per-node'));
  const calls = Math.floor(num(values, 'calls-per-request'));
  const rows = MESH_MODES.map((mode) => {
    const mb = dataPlaneMb(mode, values);
    return {
      id: mode,
      selected: mode === selected,
      cells: [
        { value: finite(mb / 1000), unit: 'GB' as const },
        { value: pods > 0 ? finite(mb / pods) : null, unit: 'MB' as const },
        { value: finite(num(values, `latency-${mode}`) * calls), unit: 'ms' as const },
      ],
    };
  });
  return {
    output: selectedOutput(rows, 0, 'GB'),
    columns: ['memory', 'per-pod', 'latency'],
    rows,
  };
}

export const meshOverheadModel: CalculatorModel = {
  id: 'mesh-overhead',
  numbers: [
    'nodes', 'pods-per-node', 'waypoints', 'calls-per-request',
    'sidecar-memory', 'ztunnel-memory', 'waypoint-memory', 'linkerd-memory', 'cilium-agent-memory',
    ...MESH_MODES.map((m) => `latency-${m}`),
  ],
  choices: { mode: MESH_MODES },
  compute: meshOverhead,
};
