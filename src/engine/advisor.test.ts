import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../content/data-file';
import { decisionTreeSchema, scenariosFileSchema } from '../schemas/rules';
import {
  DEFAULT_ADVISOR_INPUT,
  advise,
  type AdvisorInput,
} from './advisor';
import { inputArbitrary } from '../fuzz/advisor-input';

const load = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const tree = parseDataFile('decision-tree.yaml', load('content/rules/decision-tree.yaml'), decisionTreeSchema);
const { rows } = parseDataFile('scenarios.yaml', load('content/rules/scenarios.yaml'), scenariosFileSchema);
const run = (changes: Partial<AdvisorInput>) => advise(tree, rows, { ...DEFAULT_ADVISOR_INPUT, ...changes });

describe('advise', () => {
  it.each([
    ['edge', { resources: 'constrained', offline: true }],
    ['serverless', { coldStartMs: 50, billing: 'millisecond' }],
    ['enterprise', { device: 'usb', isolation: 'hardware', multiOs: true }],
    ['microservices', { kernel: 'epoll', services: 80, complexCommunication: true, zeroTrust: true }],
    ['ai-inference', { device: 'gpu-passthrough', isolation: 'process' }],
    ['dl-training', { device: 'gpu-passthrough', multiOs: true }],
    ['multi-tenant-gpu', { device: 'gpu-shared', isolation: 'hardware' }],
  ] satisfies [string, Partial<AdvisorInput>][])('reaches the %s row of the matrix from its typical inputs', (rowId, changes) => {
    const advice = run(changes);
    const row = rows.find((r) => r.id === rowId);
    expect(advice.scenarioRows.map((r) => r.id)).toContain(rowId);
    expect(advice.recommended).toEqual(row?.recommended);
    expect(advice.alternative).toEqual(row?.alternative);
    expect(advice.conflicts).toEqual([]);
  });

  it('recommends plain containers for the default input and explains every step', () => {
    const advice = run({});
    expect(advice.leafId).toBe('leaf-container-k8s');
    expect(advice.scenarioRows).toEqual([]);
    expect(advice.case).toBeNull();
    expect(advice.fired.map((f) => f.nodeId)).toEqual(advice.path.slice(0, -1));
  });

  it('does not send epoll/io_uring to containers by itself: hardware isolation still gets a VM', () => {
    expect(run({ kernel: 'io_uring', isolation: 'hardware' }).leafId).toBe('leaf-vm-k8s-enterprise');
  });

  it('skips the Wasm branches when io_uring is needed and says why', () => {
    const advice = run({ kernel: 'io_uring', resources: 'constrained' });
    expect(advice.recommended.en).toBe('Container + K8s');
    const kernelRule = advice.fired.find((f) => f.nodeId === 'q-kernel');
    expect(kernelRule?.reason.en).toContain('no VM exit');
    expect(kernelRule?.reason.en).toContain('seccomp');
  });

  it('always ends at a leaf, on a path from the root with one fired rule per decision', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const advice = advise(tree, rows, input);
        const leaf = tree.nodes.find((n) => n.id === advice.leafId);
        expect(leaf?.kind).toBe('leaf');
        expect(advice.path[0]).toBe(tree.root);
        expect(advice.path.at(-1)).toBe(advice.leafId);
        expect(advice.fired).toHaveLength(advice.path.length - 1);
        expect(advice.fired.map((f) => f.nodeId)).toEqual(advice.path.slice(0, -1));
      }),
    );
  });
});

describe('conflicts', () => {
  it.each([
    ['application-isolation-multi-os', { isolation: 'application', multiOs: true }],
    ['application-isolation-device', { isolation: 'application', device: 'pci' }],
    ['io-uring-in-wasm-profile', { kernel: 'io_uring', offline: true }],
    ['io-uring-in-wasm-profile', { kernel: 'io_uring', coldStartMs: 20 }],
    ['offline-millisecond-billing', { offline: true, billing: 'millisecond' }],
    ['fast-cold-start-hardware-isolation', { coldStartMs: 50, isolation: 'hardware' }],
    ['complex-communication-single-service', { services: 1, complexCommunication: true }],
  ] satisfies [string, Partial<AdvisorInput>][])('reports %s', (id, changes) => {
    const advice = run(changes);
    expect(advice.conflicts.map((c) => c.id)).toEqual([id]);
    expect(advice.conflicts[0]?.message.zh).toBeTruthy();
  });

  it('reports but does not resolve: the walk is the same as without the conflict check', () => {
    const advice = run({ coldStartMs: 50, isolation: 'hardware' });
    expect(advice.leafId).toBe('leaf-vm-k8s-enterprise');
  });

  it('stays quiet for consistent inputs', () => {
    expect(run({ kernel: 'epoll', resources: 'constrained' }).conflicts).toEqual([]);
    expect(run({ kernel: 'io_uring', coldStartMs: 100 }).conflicts).toEqual([]);
    expect(run({ services: 2, complexCommunication: true }).conflicts).toEqual([]);
  });
});

describe('the two languages say the same', () => {
  /** Every zh/en pair the advisor shows from the tree. */
  const pairs = [
    ...tree.nodes.flatMap((n) =>
      n.kind === 'decision'
        ? [[n.id, n.question], ...n.edges.flatMap((e) => [[e.id, e.reason], [`${e.id} label`, e.label]])]
        : [[n.id, n.recommended], [`${n.id} alternative`, n.alternative], ...n.key_factors.map((k, i) => [`${n.id} factor ${i}`, k])],
    ),
    ...tree.conflicts.map((c) => [c.id, c.message]),
  ] as [string, { zh: string; en: string }][];
  const figures = (text: string) => [...new Set(text.match(/\d+(?:\.\d+)?/g) ?? [])].sort();

  it.each(pairs)('%s cites the same figures in both', (_id, text) => {
    expect(figures(text.zh)).toEqual(figures(text.en));
  });

  it('states the corrected direction in both: a K3s server needs far more than the original\'s boards have', () => {
    const reason = run({ resources: 'constrained' }).fired.find((f) => f.edgeId === 'resources-constrained')?.reason;
    expect(reason?.zh).toContain('1.6 GB 内存，远高于原文的 512 MB 设备');
    expect(reason?.en).toMatch(/1\.6 GB of RAM, well above the original's\s+512 MB boards/);
  });
});
