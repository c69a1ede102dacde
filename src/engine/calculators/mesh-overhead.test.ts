import { describe, expect, it } from 'vitest';
import { meshOverhead } from './mesh-overhead';

const base = {
  mode: 'ambient',
  nodes: 20,
  'pods-per-node': 50,
  waypoints: 10,
  'calls-per-request': 1,
  'sidecar-memory': 60,
  'ztunnel-memory': 12,
  'waypoint-memory': 60,
  'linkerd-memory': 26.3,
  'cilium-agent-memory': 350,
  'latency-sidecar': 1.7,
  'latency-ambient': 0.17,
  'latency-linkerd': 0.3,
  'latency-cilium': 0.005,
};

describe('meshOverhead', () => {
  it('counts proxies per pod or per node', () => {
    // 1000 pods. Sidecar: 1000 × 60 = 60 000 MB; ambient: 20 × 12 + 10 × 60 = 840 MB;
    // Linkerd: 1000 × 26.3 = 26 300 MB; Cilium: 20 × 350 = 7000 MB.
    const r = meshOverhead(base);
    expect(r.rows.map((row) => row.cells[0]?.value)).toEqual([60, 0.84, 26.3, 7]);
    expect(r.rows.map((row) => row.cells[1]?.value)).toEqual([60, 0.84, 26.3, 7]);
    expect(r.output.value).toBe(0.84);
  });

  it('multiplies the added latency by the mesh calls per request', () => {
    const r = meshOverhead({ ...base, 'calls-per-request': 3 });
    expect(r.rows[0]?.cells[2]?.value).toBeCloseTo(5.1, 10);
    expect(r.rows[1]?.cells[2]?.value).toBeCloseTo(0.51, 10);
  });

  it('has no per-pod figure without pods', () => {
    const r = meshOverhead({ ...base, 'pods-per-node': 0, mode: 'sidecar' });
    expect(r.rows[0]?.cells[1]?.value).toBeNull();
    expect(r.output.value).toBe(0);
  });
});
