import { describe, expect, it } from 'vitest';
import { DEFAULT_ADVISOR_INPUT } from '../../src/engine/advisor';
import { sectionQuery } from '../widget-kit/hash';
import * as act from './actions';
import { advisorCaseLink, advisorMatrixHash } from './advisor-link';
import { decodeState } from './state';
import { CASES, islandProps, islandTr } from './test-cases';
import { matrixView } from './view-model';

const linkFor = (caseId: string) => {
  const c = CASES.find((x) => x.id === caseId);
  if (!c) throw new Error(caseId);
  return advisorCaseLink(c);
};

describe('the advisor’s link into a case matrix', () => {
  it('carries the answers as the matrix’s hard constraints, at the reader’s own thresholds, through the matrix’s own codec', () => {
    const hash = advisorMatrixHash('serverless', linkFor('serverless'), { ...DEFAULT_ADVISOR_INPUT, coldStartMs: 500, billing: 'millisecond', resources: 'constrained' });
    // A 500 ms target keeps the cold-start constraint at 500 ms; per-ms billing turns its (default off) requirement on.
    expect(hash).toBe('#matrix=serverless&r.billing-per-ms=1&t.cold-start-under-100ms=500&from=advisor.cold-start-under-100ms.memory-under-20mb.billing-per-ms');
    const input = islandProps('serverless', 'en').input;
    const { state, ignored } = decodeState(sectionQuery(hash, 'matrix', 'serverless') ?? '', input);
    expect(ignored).toEqual([]);
    const v = matrixView(islandProps('serverless', 'en'), act.restored(act.initialUi(input), state, []), islandTr('en'), 200);
    expect(v.requirements.map((r) => [r.id, r.active, r.threshold.text])).toEqual([
      ['cold-start-under-100ms', true, '500'],
      ['memory-under-20mb', true, '20'],
      ['billing-per-ms', true, '1'],
    ]);
    expect(v.advisor).toBe('From the advisor’s answers: on — Cold-start time < 500 ms (your threshold; the case sets 100 ms), Memory footprint < 20 MB, Per-millisecond billing.');
  });

  it('turns a threshold constraint off when the reader gives no number', () => {
    const hash = advisorMatrixHash('edge', linkFor('edge'), { ...DEFAULT_ADVISOR_INPUT, coldStartMs: null });
    expect(hash).toBe('#matrix=edge&r.cold-start-100ms=0&r.memory-50mb=0&from=advisor.cold-start-100ms.memory-50mb');
  });

  it('a threshold converts from the answer’s unit to the requirement’s', () => {
    const link = { requirements: [{ id: 'start', active: true, value: 1, unit: 's' }], constraints: [{ requirement: 'start', input: 'coldStartMs' as const, threshold: 'ms' as const }] };
    expect(advisorMatrixHash('x', link, { ...DEFAULT_ADVISOR_INPUT, coldStartMs: 250 })).toBe('#matrix=x&t.start=0.25&from=advisor.start');
  });

  it('says it came from the advisor even when the answers leave every constraint as the case has it', () => {
    expect(advisorMatrixHash('edge', linkFor('edge'), { ...DEFAULT_ADVISOR_INPUT, coldStartMs: 100, resources: 'constrained' })).toBe(
      '#matrix=edge&from=advisor.cold-start-100ms.memory-50mb',
    );
    expect(advisorMatrixHash('enterprise', linkFor('enterprise'), { ...DEFAULT_ADVISOR_INPUT, multiOs: false })).toBe(
      '#matrix=enterprise&r.windows_and_linux=0&from=advisor.windows_and_linux',
    );
  });

  it('every mapping names a requirement of its case, and every case that a leaf links to has one', () => {
    for (const c of CASES) {
      expect(c.from_advisor.length).toBeGreaterThan(0);
      for (const m of c.from_advisor) expect(c.requirements.map((r) => r.id)).toContain(m.requirement);
    }
  });
});
