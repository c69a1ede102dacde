import { describe, expect, it } from 'vitest';
import { checkCalculator } from './calculator-checks';
import { loadCalculators, loadCases, loadSources } from './load';
import { DataFileError, parseDataFile } from './data-file';
import { calculatorSchema } from '../schemas/calculator';

const root = new URL('../..', import.meta.url).pathname;
const sources = loadSources(root);
const cases = loadCases(root, sources);
const context = { cases: new Map(cases.map((c) => [c.id, c])), sourceIds: new Set(sources.map((s) => s.id)) };

/** Runs a calculator file's text through the loader's checks, returning the error message (or '' if valid). */
function problems(file: string, text: string): string {
  try {
    parseDataFile(file, text, calculatorSchema, (d) => checkCalculator(d, context).issues);
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
}

describe('calculator data', () => {
  const calculators = loadCalculators(root, sources, cases);

  it('every calculator file validates, one per case', () => {
    expect(calculators.map((c) => c.case).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it('takes defaults from case figures as they are there, converted to the parameter’s unit', () => {
    const param = (calc: string, id: string) => calculators.find((c) => c.id === calc)?.params.find((p) => p.id === id);
    expect(param('edge-density', 'k3s-baseline')).toMatchObject({ value: 268, source: 'k3s-resource-profiling', from: { case: 'edge', item: 'app-memory-limit' } });
    expect(param('edge-density', 'cold-container')).toMatchObject({ value: 2000, unit: 'ms', source: 'original', verdict: 'doubtful' });
    expect(param('mesh-overhead', 'latency-cilium')).toMatchObject({ value: 0.005, unit: 'ms', source: 'original' });
    expect(param('tenant-density', 'retention-passthrough')).toMatchObject({ value: 95, source: 'original' });
  });

  it('fails naming the file and the field', () => {
    const file = 'content/calculators/edge.yaml';
    const head = 'id: serverless-cost\ncase: serverless\nparams:\n';
    const param = (extra: string) => `  - {id: memory, unit: MB, min: 0, max: 10, step: 1, ${extra}}\n`;
    expect(problems(file, `${head}${param('value: 5, source: nowhere')}`)).toMatch(/content\/calculators\/edge\.yaml[\s\S]*params\.0\.source: no source "nowhere"/);
    expect(problems(file, `${head}${param('value: 50, source: aws-lambda-memory')}`)).toContain('params.0.value: the default 50 is outside [0, 10]');
    expect(problems(file, `${head}${param('value: 5, source: assumed')}`)).toContain('params.0.note');
    expect(problems(file, `${head}${param('from: {case: edge, claim: nope}')}`)).toContain('params.0.from: case "edge" has no claim "nope"');
    expect(problems(file, `${head}${param('from: {case: edge, claim: device-ram}')}`)).toContain('say which end');
    expect(problems(file, `${head}${param('value: 5')}`)).toContain('params.0: give a value and its source');
    expect(problems(file, `${head}${param('value: 5, source: aws-lambda-memory')}`)).toContain('params: the model needs a parameter "invocations"');
    expect(problems(file, `${head}  - {id: calc, unit: MB, min: 0, max: 10, step: 1, value: 5, source: aws-lambda-memory}\n`)).toContain("params.0.id: must not be a widget's name");
    expect(problems(file, `${head}  - {id: memory, unit: parsecs, min: 0, max: 1, step: 1}\n`)).toContain('params.0.unit');
  });
});
