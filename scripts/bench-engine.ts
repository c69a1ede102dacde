/**
 * Times the decision engine: one full recompute (evaluateMatrix + analyseSensitivity) of a random
 * 10 options × 10 criteria matrix, the robustness Monte Carlo on such a matrix, and one advisor call on the
 * site's decision tree, median over many calls. Run with `npm run bench:engine`.
 *
 * Node's type stripping does not resolve the engine's extensionless relative imports ("./units"),
 * so a resolve hook retries them with ".ts" before the engine is imported (dynamically, after the hook).
 */
import { registerHooks } from 'node:module';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

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
const { analyseRobustness } = await import('../src/engine/robustness.ts');
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

// Robustness: 10 000 Monte Carlo samples (scores ± 1; and weights ± 20 % too), plus the exact flips.
// No requirement here, so all ten options compete in every sample.
const unconstrained = inputs.map((input) => ({ ...input, requirements: [] }));
const robustnessRuns = 200;
const fmtMs = (us: number) => `${(us / 1000).toFixed(2)} ms`;
console.log(
  `  analyseRobustness, 10 000 samples   ${fmtMs(
    medianMicros(robustnessRuns, (i) => analyseRobustness(unconstrained[i % unconstrained.length] ?? unconstrained[0]!, { samples: 10_000, seed: i })),
  )}  (median of ${robustnessRuns})`,
);
console.log(
  `    … with weights ± 20 %             ${fmtMs(
    medianMicros(robustnessRuns, (i) => analyseRobustness(unconstrained[i % unconstrained.length] ?? unconstrained[0]!, { samples: 10_000, seed: i, weightBand: 0.2 })),
  )}  (median of ${robustnessRuns})`,
);

// The advisor on the site's own decision tree, with random valid inputs (data loaded once, outside the timing).
const { advise, ADVISOR_FIELDS, ADVISOR_FIELD_NAMES } = await import('../src/engine/advisor.ts');
const { loadDecisionTree, loadScenarios } = await import('../src/content/load.ts');
type AdvisorInput = import('../src/engine/advisor.ts').AdvisorInput;
const root = fileURLToPath(new URL('..', import.meta.url));
const scenarios = loadScenarios(root).rows;
const tree = loadDecisionTree(root, scenarios);
const adviceInputs: AdvisorInput[] = Array.from({ length: 64 }, () => {
  const input: Record<string, unknown> = {};
  for (const field of ADVISOR_FIELD_NAMES) {
    const spec = ADVISOR_FIELDS[field];
    if (spec.kind === 'flag') input[field] = next() < 0.5;
    else if (spec.kind === 'choice') input[field] = spec.values[Math.floor(next() * spec.values.length)];
    else input[field] = Math.round(spec.min + next() * Math.min(spec.max - spec.min, 1000));
  }
  return input as unknown as AdvisorInput;
});
console.log(
  `  advise (${tree.nodes.length}-node decision tree)     ${fmt(
    medianMicros(iterations, (i) => advise(tree, scenarios, adviceInputs[i % adviceInputs.length] ?? adviceInputs[0]!)),
  )}`,
);
