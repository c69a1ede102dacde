import { ORIGINAL, type Verdict } from '../schemas/common';

export type ClaimStatus = 'primary' | 'unsourced' | 'disputed';

/** A figure's status in the claims register, derived from where it comes from and our verdict on it. */
export function claimStatus(source: string, verdict: Verdict | undefined): ClaimStatus {
  if (verdict === 'doubtful' || verdict === 'wrong') return 'disputed';
  return source === ORIGINAL ? 'unsourced' : 'primary';
}
