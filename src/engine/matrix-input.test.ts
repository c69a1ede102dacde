import { describe, expect, it } from 'vitest';
import type { CaseData } from '../schemas/case';
import { toMatrixInput } from './matrix-input';

const text = { zh: '文', en: 'text' };

/** Only the fields toMatrixInput reads are meaningful here. */
const caseData = {
  criteria: [
    { id: 'startup', label: text, weight: 0.6, measures: text },
    { id: 'ops', label: text, weight: 0.4, measures: text },
  ],
  options: [
    {
      id: 'a',
      label: text,
      summary: text,
      scores: { startup: 5, ops: 2 },
      figures: [{ metric: 'cold', comparator: '~', value: 150, unit: 'ms', source: 'original' }],
      stated_total: 3.8,
      pros: [],
      cons: [],
    },
    { id: 'b', label: text, summary: text, scores: { startup: 3, ops: 4 }, figures: [], pros: [], cons: [] },
  ],
  requirements: [
    { id: 'cold-start', label: text, metric: 'cold', comparator: '<', value: 100, unit: 'ms', priority: 'high', active: false, source: 'original' },
  ],
} as unknown as CaseData;

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
