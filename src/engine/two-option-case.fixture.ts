import type { CaseData } from '../schemas/case';

const text = { zh: '文', en: 'text' };

/** A two-option, two-criterion case with one requirement, for tests; only the fields toMatrixInput reads matter. */
export const caseData = {
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
      score_ranges: {},
      figures: [{ metric: 'cold', comparator: '~', value: 150, unit: 'ms', source: 'original' }],
      stated_total: 3.8,
      pros: [],
      cons: [],
    },
    { id: 'b', label: text, summary: text, scores: { startup: 3, ops: 4 }, score_ranges: {}, figures: [], pros: [], cons: [] },
  ],
  requirements: [
    { id: 'cold-start', label: text, metric: 'cold', comparator: '<', value: 100, unit: 'ms', priority: 'high', active: false, source: 'original' },
  ],
} as unknown as CaseData;
