import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ADVISOR_INPUT } from '../../src/engine/advisor-fields';
import { inputArbitrary, isValidAdvisorInput } from '../../src/fuzz/advisor-input';
import { decodeAdvisorInput, encodeAdvisorInput } from './state';

describe('URL state', () => {
  it('encodes the default input as an empty query', () => {
    expect(encodeAdvisorInput(DEFAULT_ADVISOR_INPUT)).toBe('');
  });

  it('encodes only what differs from the defaults', () => {
    const params = encodeAdvisorInput({ ...DEFAULT_ADVISOR_INPUT, device: 'gpu-passthrough', multiOs: true, coldStartMs: 80 });
    expect(params).toBe('device=gpu-passthrough&multiOs=1&coldStartMs=80');
  });

  it('carries the devices\' memory in MB, empty meaning no limit, and rejects what no device has', () => {
    expect(encodeAdvisorInput({ ...DEFAULT_ADVISOR_INPUT, memoryMb: 512 })).toBe('memoryMb=512');
    expect(decodeAdvisorInput('memoryMb=512').state.memoryMb).toBe(512);
    expect(decodeAdvisorInput('memoryMb=none')).toEqual({ state: DEFAULT_ADVISOR_INPUT, ignored: [] });
    expect(decodeAdvisorInput('memoryMb=0').ignored).toEqual([{ setting: 'memoryMb=0', problem: 'below-min' }]);
    expect(decodeAdvisorInput('memoryMb=1.5').ignored).toEqual([{ setting: 'memoryMb=1.5', problem: 'not-whole' }]);
  });

  it('round-trips every valid input exactly', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const decoded = decodeAdvisorInput(encodeAdvisorInput(input));
        expect(decoded).toEqual({ state: input, ignored: [] });
      }),
    );
  });

  it('reads bad parameters as ignored, never throwing', () => {
    const { state, ignored } = decodeAdvisorInput('services=abc&device=floppy&offline=maybe&coldStartMs=&zoom=2&kernel=epoll&services=0x10&coldStartMs=0');
    expect(state).toEqual({ ...DEFAULT_ADVISOR_INPUT, kernel: 'epoll' });
    expect(ignored).toEqual([
      { setting: 'services=abc', problem: 'not-a-number' },
      { setting: 'device=floppy', problem: 'bad-choice' },
      { setting: 'offline=maybe', problem: 'bad-switch' },
      { setting: 'coldStartMs=', problem: 'empty' },
      { setting: 'zoom=2', problem: 'unknown-setting' },
      { setting: 'services=0x10', problem: 'repeated' },
      { setting: 'coldStartMs=0', problem: 'repeated' },
    ]);
    expect(decodeAdvisorInput('__proto__=1&constructor=x').ignored.map((i) => i.problem)).toEqual(['unknown-setting', 'unknown-setting']);
    expect(decodeAdvisorInput('services=0x10&coldStartMs=0&multiOs=true').ignored.map((i) => i.problem)).toEqual(['not-a-number', 'below-min', 'bad-switch']);
    expect(decodeAdvisorInput('coldStartMs=none&services=2.5').ignored).toEqual([{ setting: 'services=2.5', problem: 'not-whole' }]);
  });

  it('decodes any string into a valid input', () => {
    // Any UTF-16 code unit (lone surrogates included), weighted towards the query syntax.
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    const queryish = fc.string({ unit: fc.oneof(fc.constantFrom('%', '=', '&', '+', '#', '?'), codeUnit) });
    fc.assert(
      fc.property(fc.string(), queryish, (text, raw) => {
        for (const query of [text, raw, `services=${text}&coldStartMs=${raw}`]) {
          expect(isValidAdvisorInput(decodeAdvisorInput(query).state)).toBe(true);
        }
      }),
    );
  });
});
