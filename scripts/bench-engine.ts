/**
 * Times the decision engine: one full recompute (evaluateMatrix + analyseSensitivity) of a random
 * 10 options × 10 criteria matrix, median over many calls. Run with `npm run bench:engine`.
 *
 * Node's type stripping does not resolve the engine's extensionless relative imports ("./units"),
 * so a resolve hook retries them with ".ts" before the engine is imported (dynamically, after the hook).
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { performance } from 'node:perf_hooks';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    const hasExtension = /\.[cm]?[jt]s$/.test(specifier);
    if (relative && !hasExtension) {
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        // fall through to the default resolution
      }
    }
    return nextResolve(specifier, context);
  },
});

const { evaluateMatrix } = await import('../src/engine/matrix.ts');
const { analyseSensitivity } = await import('../src/engine/sensitivity.ts');
type MatrixInput = import('../src/engine/matrix-input.ts').MatrixInput;

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomMatrix(next: () => number, options = 10, criteria = 10): MatrixInput {
  const ids = Array.from({ length: criteria }, (_, k) => `c${k}`);
  return {
    criteria: ids.map((id) => ({ id, weight: Math.round(next() * 100) / 10 })),
    options: Array.from({ length: options }, (_, i) => ({
      id: `o${i}`,
      scores: Object.fromEntries(ids.map((id) => [id, 1 + Math.floor(next() * 5)])),
      figures: [{ metric: 'startup', comparator: '~' as const, value: Math.round(next() * 500), unit: 'ms' as const }],
      statedTotal: 1 + next() * 4,
    })),
    requirements: [{ id: 'cold-start', metric: 'startup', comparator: '<' as const, value: 400, unit: 'ms' as const, active: true }],
  };
}

/** Median microseconds per call of `run` over `iterations` calls, after a warm-up. */
function medianMicros(iterations: number, run: (i: number) => unknown): number {
  for (let i = 0; i < Math.min(1000, iterations); i += 1) run(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    run(i);
    samples.push((performance.now() - start) * 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

const next = random(42);
const inputs = Array.from({ length: 64 }, () => randomMatrix(next));
const pick = (i: number): MatrixInput => inputs[i % inputs.length] ?? randomMatrix(next);
const iterations = 20_000;
const fmt = (us: number) => `${us.toFixed(1)} µs`;

console.log(`engine bench: 10 options × 10 criteria, 1 requirement, ${iterations} calls each, median per call`);
console.log(`  evaluateMatrix                      ${fmt(medianMicros(iterations, (i) => evaluateMatrix(pick(i))))}`);
console.log(
  `  evaluateMatrix + analyseSensitivity ${fmt(
    medianMicros(iterations, (i) => {
      const input = pick(i);
      return analyseSensitivity(input, evaluateMatrix(input));
    }),
  )}`,
);

// ─── PLACEHOLDER HOOK: advise() from src/engine/advisor.ts (written separately) ───────────────────────
// Timed only if the file exists and exports `advise`. advise(tree, scenarios, input) needs the decision tree and
// scenario rows from content: TODO(advisor) make `adviseArgs` return them (loaded once, outside the timing).
// Until then the call is tried with the matrix input and any error is reported as "skipped".
const advisorPath = new URL('../src/engine/advisor.ts', import.meta.url);
if (existsSync(advisorPath)) {
  try {
    const advisor = (await import(advisorPath.href)) as { advise?: (...args: unknown[]) => unknown };
    const advise = advisor.advise;
    if (typeof advise !== 'function') throw new Error('no advise() export');
    const adviseArgs = (i: number): unknown[] => [pick(i)];
    advise(...adviseArgs(0));
    console.log(`  advise                              ${fmt(medianMicros(iterations, (i) => advise(...adviseArgs(i))))}`);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.log(`  advise                              skipped: fill adviseArgs in this script (${why})`);
  }
} else {
  console.log('  advise                              skipped (src/engine/advisor.ts not written yet)');
}
// ─── end placeholder ───────────────────────────────────────────────────────────────────────────────────
