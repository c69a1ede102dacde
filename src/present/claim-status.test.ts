import { describe, expect, it } from 'vitest';
import { loadCases } from '../content/load';
import { checkClaim } from '../engine/arithmetic';
import { recomputationOutcome } from './claim-status';

const root = new URL('../..', import.meta.url).pathname;
const claims = loadCases(root).flatMap((c) => c.claims.map((claim) => ({ key: `${c.id}:${claim.id}`, claim })));

describe('what a recomputation says beside a claim', () => {
  it('blames the original’s arithmetic only when the verdict is wrong', () => {
    expect(recomputationOutcome(false, 'wrong')).toBe('claim.inconsistent');
    expect(recomputationOutcome(false, 'doubtful')).toBe('claim.mismatch');
    expect(recomputationOutcome(true, 'wrong')).toBe('claim.consistent');
  });

  it('no claim is called an arithmetic error unless the original did that arithmetic (edge cost columns)', () => {
    const outcome = (key: string) => {
      const found = claims.find((c) => c.key === key)?.claim;
      const redone = found && checkClaim(found);
      return redone ? recomputationOutcome(redone.consistent, found.verdict) : null;
    };
    expect(outcome('edge:cost-cpu')).toBe('claim.mismatch');
    expect(outcome('edge:cost-storage')).toBe('claim.mismatch');
    expect(outcome('edge:startup-vs-docker')).toBe('claim.inconsistent');
  });

  it('every claim with verdict wrong and a check is one the recomputation contradicts', () => {
    const contradicted = claims
      .filter(({ claim }) => claim.verdict === 'wrong' && claim.check)
      .filter(({ claim }) => checkClaim(claim)?.consistent !== false)
      .map(({ key }) => key);
    expect(contradicted).toEqual([]);
  });
});
