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
import { conditionHolds } from './condition';
import { leafPaths, pathTests } from './tree';

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

describe('device memory', () => {
  it('puts only K3s agents on devices with too little memory for a server, and says why', () => {
    const iot = run({ resources: 'constrained', offline: true, memoryMb: 512 });
    expect(iot.leafId).toBe('leaf-wasm-k3s-agent');
    expect(iot.recommended.en).toContain('agents');
    const rule = iot.fired.find((f) => f.nodeId === 'q-memory');
    expect(rule?.reason.en).toContain('1.6 GB');
    expect(rule?.reason.zh).toContain('1.6 GB');
    expect(iot.unmet).toEqual([]);
  });

  it('lets a device with enough memory, or none given, be its own server', () => {
    expect(run({ resources: 'constrained', memoryMb: 4096 }).leafId).toBe('leaf-wasm-k3s-edge');
    expect(run({ offline: true }).leafId).toBe('leaf-wasm-k3s-edge');
  });

  it('says so when devices are too small even for an agent', () => {
    const advice = run({ offline: true, memoryMb: 256 });
    expect(advice.unmet.map((u) => u.id)).toEqual(['memory-below-agent']);
    expect(advice.unmet[0]?.nearest).toBeNull();
  });
});

describe('unmet requirements', () => {
  it('names both requirements a hardware-isolated function with a fast cold start and per-ms billing cannot have', () => {
    const advice = run({ coldStartMs: 8, billing: 'millisecond', isolation: 'hardware' });
    expect(advice.leafId).toBe('leaf-vm-k8s-enterprise');
    expect(advice.unmet.map((u) => u.id)).toEqual(['cold-start-under-100ms', 'millisecond-billing']);
    for (const u of advice.unmet) {
      expect(u.nearest?.leafId).toBe('leaf-wasm-k3s-serverless');
      expect(u.nearest?.changes.map((c) => c.field)).toEqual(['isolation']);
      expect(u.nearest?.changes[0]?.labels.map((l) => l.en)).toEqual(['Process / application']);
    }
  });

  it('stays quiet when the outcome meets what was asked', () => {
    expect(run({ coldStartMs: 50, billing: 'millisecond' }).unmet).toEqual([]);
    expect(run({}).unmet).toEqual([]);
  });

  it('reports exactly the stated requirements the outcome misses, each with a nearest option that meets it', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const advice = advise(tree, rows, input);
        const expected = tree.requirements.filter((r) => conditionHolds(r.when, input[r.input]) && !r.met_by.includes(advice.leafId));
        expect(advice.unmet.map((u) => u.id)).toEqual(expected.map((r) => r.id));
        for (const u of advice.unmet) {
          const req = tree.requirements.find((r) => r.id === u.id);
          if (!req) throw new Error(u.id);
          if (!u.nearest) {
            // None offered: no leaf that meets it can be reached without giving it up.
            expect(req.met_by.filter((leafId) => leafPaths(tree).some((p) => p.leafId === leafId && pathTests(tree, p.steps).every((t) => t.field !== req.input || t.tests.every((test) => test(input[req.input])))))).toEqual([]);
            continue;
          }
          // Changing just the answers named walks to the nearest option, which meets the requirement still stated.
          const there = advise(tree, rows, u.nearest.input);
          expect(there.leafId).toBe(u.nearest.leafId);
          expect(req.met_by).toContain(there.leafId);
          expect(conditionHolds(req.when, u.nearest.input[req.input])).toBe(true);
          const changed = Object.keys(input).filter((k) => input[k as keyof AdvisorInput] !== u.nearest?.input[k as keyof AdvisorInput]);
          expect(changed.sort()).toEqual(u.nearest.changes.map((c) => c.field).sort());
        }
      }),
    );
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
    ...tree.requirements.flatMap((r) => [[r.id, r.label], [`${r.id} why`, r.why]]),
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
