import { finite, num, pick, selectedOutput } from './read-values';
import type { CalcResult, CalculatorModel, Values } from './types';

export const RUNTIMES = ['wasm', 'container', 'gvisor', 'microvm'] as const;

/** How many whole instances fit in `available` MB at `each` MB apiece. */
export function instancesThatFit(available: number, each: number): number {
  if (available <= 0 || each <= 0) return 0;
  // The tolerance keeps an exact fit (e.g. 1000 / 100) from losing one instance to floating-point noise.
  return Math.floor(available / each + 1e-9);
}

/** Time to start `count` instances from zero, `parallel` at a time, each taking `coldMs`. */
export function fillTimeMs(count: number, parallel: number, coldMs: number): number {
  if (count <= 0) return 0;
  return Math.ceil(count / Math.max(1, parallel)) * coldMs;
}

/**
 * Instances of one application per edge device under each runtime: the RAM left after the OS and K3s,
 * divided by the application's working set plus the runtime's per-instance overhead; and the time to start
 * them all from zero at each runtime's cold start.
 */
export function edgeDensity(values: Values): CalcResult {
  const selected = pick(values, 'runtime', RUNTIMES);
  const available = num(values, 'device-ram') - num(values, 'os-baseline') - num(values, 'k3s-baseline');
  const parallel = Math.floor(num(values, 'parallel-starts'));
  const rows = RUNTIMES.map((runtime) => {
    const each = num(values, 'app-working-set') + num(values, `overhead-${runtime}`);
    const count = instancesThatFit(available, each);
    const fill = fillTimeMs(count, parallel, num(values, `cold-${runtime}`)) / 1000;
    return {
      id: runtime,
      selected: runtime === selected,
      cells: [
        { value: finite(each), unit: 'MB' as const },
        { value: finite(count), unit: 'count' as const },
        { value: finite(fill), unit: 's' as const },
      ],
    };
  });
  return {
    output: selectedOutput(rows, 1, 'count'),
    columns: ['per-instance', 'instances', 'fill-time'],
    rows,
  };
}

export const edgeDensityModel: CalculatorModel = {
  id: 'edge-density',
  numbers: [
    'device-ram', 'os-baseline', 'k3s-baseline', 'app-working-set', 'parallel-starts',
    ...RUNTIMES.map((r) => `overhead-${r}`),
    ...RUNTIMES.map((r) => `cold-${r}`),
  ],
  choices: { runtime: RUNTIMES },
  compute: edgeDensity,
  // More instances per device is better; memory per instance decides it.
  best: { column: 1, cause: 0 },
};
