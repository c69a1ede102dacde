import { describe, expect, it } from 'vitest';
import { calcQuery, decodeValues, defaultValues, hashFor } from './url-state';
import type { CalculatorSpec } from './types';

const spec: CalculatorSpec = {
  id: 'edge-density',
  fields: [
    { kind: 'choice', id: 'runtime', value: 'wasm', options: ['wasm', 'container'] },
    { kind: 'number', id: 'device-ram', value: 2048, min: 64, max: 1_048_576, step: 64, integer: false, unit: 'MB' },
    { kind: 'number', id: 'parallel-starts', value: 4, min: 1, max: 1024, step: 1, integer: true, unit: 'count' },
  ],
};

describe('calculator URL state', () => {
  it('writes only what differs from the defaults, and reads it back', () => {
    const values = { ...defaultValues(spec), runtime: 'container', 'device-ram': 1024 };
    const hash = hashFor(spec, values);
    expect(hash).toBe('#calc=edge-density&runtime=container&device-ram=1024');
    const query = calcQuery(hash, spec.id);
    expect(query).not.toBeNull();
    expect(decodeValues(query ?? '', spec)).toEqual({ values, ignored: [] });
  });

  it('writes nothing at the defaults', () => {
    expect(hashFor(spec, defaultValues(spec))).toBe('');
  });

  it('ignores a hash that is not its own', () => {
    expect(calcQuery('#matrix=edge&w.startup=1', spec.id)).toBeNull();
    expect(calcQuery('#calc=serverless-cost&memory=1', spec.id)).toBeNull();
    expect(calcQuery('#calc=edge-densityx', spec.id)).toBeNull();
    expect(calcQuery('#some-heading', spec.id)).toBeNull();
    expect(calcQuery('#calc=edge-density', spec.id)).toBe('');
  });

  it('keeps the defaults for what it cannot use, and says why', () => {
    const { values, ignored } = decodeValues(
      'device-ram=-5&parallel-starts=2.5&runtime=vm&nope=1&device-ram=512&<img src=x>=1&parallel-starts=abc',
      spec,
    );
    expect(values).toEqual(defaultValues(spec));
    expect(ignored).toEqual([
      { setting: 'device-ram=-5', problem: 'negative' },
      { setting: 'parallel-starts=2.5', problem: 'not-whole' },
      { setting: 'runtime=vm', problem: 'bad-choice' },
      { setting: 'nope=1', problem: 'unknown-setting' },
      { setting: 'device-ram=512', problem: 'repeated' },
      { setting: '<img src=x>=1', problem: 'unknown-setting' },
      { setting: 'parallel-starts=abc', problem: 'repeated' },
    ]);
  });

  it('caps what a hostile link can make it do', () => {
    const { ignored } = decodeValues(`${'x=1&'.repeat(50)}device-ram=${'9'.repeat(3000)}`, spec);
    expect(ignored.length).toBeLessThanOrEqual(11);
    expect(ignored.at(-1)?.problem).toBe('more');
    expect(ignored.every((i) => [...i.setting].length <= 60)).toBe(true);
  });
});
