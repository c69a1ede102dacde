import { describe, expect, it } from 'vitest';
import { caseData } from './two-option-case.fixture';
import { toMatrixInput } from './matrix-input';

describe('toMatrixInput', () => {
  it('copies what the engine needs', () => {
    expect(toMatrixInput(caseData)).toEqual({
      criteria: [
        { id: 'startup', weight: 0.6 },
        { id: 'ops', weight: 0.4 },
      ],
      options: [
        { id: 'a', scores: { startup: 5, ops: 2 }, figures: [{ metric: 'cold', comparator: '~', value: 150, unit: 'ms' }], statedTotal: 3.8 },
        { id: 'b', scores: { startup: 3, ops: 4 }, figures: [] },
      ],
      requirements: [{ id: 'cold-start', metric: 'cold', comparator: '<', value: 100, unit: 'ms', active: false }],
    });
  });
});
