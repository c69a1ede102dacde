import { describe, expect, it } from 'vitest';
import type { CalculatorSpec } from '../../src/engine/calculators/types';
import { sectionQuery, withSection } from '../widget-kit/hash';
import { decodeValues, defaultValues, encodeValues } from './state';

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
    const hash = withSection('', 'calc', spec.id, encodeValues(spec, values));
    expect(hash).toBe('#calc=edge-density&runtime=container&device-ram=1024');
    const query = sectionQuery(hash, 'calc', spec.id);
    expect(query).not.toBeNull();
    expect(decodeValues(query ?? '', spec)).toEqual({ state: values, ignored: [] });
  });

  it('writes nothing at the defaults', () => {
    expect(encodeValues(spec, defaultValues(spec))).toBe('');
  });

  it('ignores a hash that is not its own', () => {
    expect(sectionQuery('#matrix=edge&w.startup=1', 'calc', spec.id)).toBeNull();
    expect(sectionQuery('#calc=serverless-cost&memory=1', 'calc', spec.id)).toBeNull();
    expect(sectionQuery('#calc=edge-densityx', 'calc', spec.id)).toBeNull();
    expect(sectionQuery('#some-heading', 'calc', spec.id)).toBeNull();
    expect(sectionQuery('#calc=edge-density', 'calc', spec.id)).toBe('');
  });

  it('keeps the defaults for what it cannot use, and says why', () => {
    const { state: values, ignored } = decodeValues(
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
    const { ignored } = decodeValues(`${'x=1&'.repeat(50)}device-ram=${'9'.repeat(30000)}`, spec);
    expect(ignored.length).toBeLessThanOrEqual(21);
    expect(ignored.at(-1)?.problem).toBe('more');
    expect(ignored.every((i) => [...i.setting].length <= 80)).toBe(true);
  });
});
