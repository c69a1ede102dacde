import type { Clause, Condition } from '../schemas/rules';
import type { AdvisorInput, AdvisorValue } from './advisor-fields';

/** Whether an input value satisfies a branch condition. `null` (no target) never satisfies a comparison. */
export function conditionHolds(when: Condition, value: AdvisorValue): boolean {
  if (when === 'otherwise') return true;
  if ('in' in when) return (when.in as readonly AdvisorValue[]).includes(value);
  if (typeof value !== 'number') return false;
  switch (when.compare) {
    case '<':
      return value < when.value;
    case '<=':
      return value <= when.value;
    case '>':
      return value > when.value;
    case '>=':
      return value >= when.value;
  }
}

export function clauseHolds(clause: Clause, input: AdvisorInput): boolean {
  return conditionHolds(clause.when, input[clause.input]);
}
