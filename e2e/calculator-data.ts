import { fileURLToPath } from 'node:url';
import { calculatorSpec } from '../src/content/calculator-spec';
import { loadCalculators, loadCases, loadSources } from '../src/content/load';
import { MODELS } from '../src/engine/calculators/registry';
import { defaultValues } from '../components/calculator/state';
import type { CalculatorSpec, Values } from '../src/engine/calculators/types';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = loadSources(root);
const cases = loadCases(root, sources);

/** Each calculator as the build reads it, with the path of its case page (without the locale prefix). */
export const CALCULATORS = loadCalculators(root, sources, cases).map((calc) => {
  const c = cases.find((x) => x.id === calc.case);
  return { id: calc.id, case: calc.case, path: `/cases/${c?.page ?? calc.case}/`, spec: calculatorSpec(calc) };
});

/** The engine's primary output for a calculator at its defaults with `changes` applied: what the page must show. */
export function expectedOutput(spec: CalculatorSpec, changes: Values = {}): string {
  const model = MODELS[spec.id];
  if (!model) throw new Error(`no model ${spec.id}`);
  return String(model.compute({ ...defaultValues(spec), ...changes }).output.value);
}
