import { ORIGINAL, type Verdict } from '../schemas/common';

export type ClaimStatus = 'primary' | 'unsourced' | 'disputed';

/** A figure's status in the claims register, derived from where it comes from and our verdict on it. */
export function claimStatus(source: string, verdict: Verdict | undefined): ClaimStatus {
  if (verdict === 'doubtful' || verdict === 'wrong') return 'disputed';
  return source === ORIGINAL ? 'unsourced' : 'primary';
}

/**
 * How a recomputation reads beside a claim. A mismatch blames the original's arithmetic only where our verdict is
 * `wrong` (the original did the sum and got it wrong); elsewhere the check tests the claim against other figures of
 * the original, and a mismatch only shows that the claim does not follow from them.
 */
export function recomputationOutcome(consistent: boolean, verdict: Verdict | undefined): 'claim.consistent' | 'claim.inconsistent' | 'claim.mismatch' {
  if (consistent) return 'claim.consistent';
  return verdict === 'wrong' ? 'claim.inconsistent' : 'claim.mismatch';
}
