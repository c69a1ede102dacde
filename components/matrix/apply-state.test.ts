import { describe, expect, it } from 'vitest';
import { evaluateMatrix } from '../../src/engine/matrix';
import { toMatrixInput } from '../../src/engine/matrix-input';
import { caseData } from '../../src/engine/two-option-case.fixture';
import { applyState, decodeState } from './state';

describe('applyState', () => {
  it('applies weights, overrides, switches, removals and added options', () => {
    const input = toMatrixInput(caseData);
    // a = .6·5 + .4·2 = 3.8, b = .6·3 + .4·4 = 3.4 → a wins by default.
    expect(evaluateMatrix(input)).toMatchObject({ winner: 'a' });
    // Switching on cold-start (< 100 ms) excludes a (~150 ms): b wins.
    const { state } = decodeState('r.cold-start=1&add=u1.44.Mine', input);
    const applied = applyState(input, state);
    expect(applied.options.map((o) => o.id)).toEqual(['a', 'b', 'u1']);
    // u1 = 4 on both → 4 > b's 3.4; u1 has no figures so cold-start cannot exclude it.
    expect(evaluateMatrix(applied)).toMatchObject({ winner: 'u1', options: [{ excludedBy: ['cold-start'] }, {}, { stated: null }] });
    // Weight ops to 0 and raise b's startup to 5: b = 5 > u1's 4.
    const more = applyState(input, decodeState('w.ops=0&s.b.startup=5&add=u1.44.Mine&rm=a', input).state);
    expect(more.options.map((o) => o.id)).toEqual(['b', 'u1']);
    expect(evaluateMatrix(more)).toMatchObject({ winner: 'b', margin: 1 });
  });
});
