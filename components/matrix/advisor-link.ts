import type { AdvisorInput } from '../../src/engine/advisor';
import { conditionHolds } from '../../src/engine/condition';
import type { AdvisorConstraint } from '../../src/schemas/case';
import { withSection } from '../widget-kit/hash';
import { defaultState, encodeState, type StateDefaults } from './state';

/** What the advisor needs to carry its answers into one case's matrix: the case's requirements and its mapping. */
export interface AdvisorCaseLink {
  requirements: StateDefaults['requirements'];
  /** From the case file's `from_advisor`. */
  constraints: readonly AdvisorConstraint[];
}

/**
 * The hash that opens a case's matrix with the reader's answers as its hard constraints: each mapped requirement
 * on when one of its answers holds, off otherwise, and the list of them (`from=advisor.…`) so that the matrix can
 * say which came from the advisor. Written by the matrix's own codec.
 */
export function advisorMatrixHash(caseId: string, link: AdvisorCaseLink, input: AdvisorInput): string {
  const defaults: StateDefaults = { criteria: [], options: [], requirements: link.requirements };
  const state = defaultState(defaults);
  const set = new Set(link.constraints.map((c) => c.requirement));
  for (const r of link.requirements) {
    if (!set.has(r.id)) continue;
    const on = link.constraints.some((c) => c.requirement === r.id && conditionHolds(c.when, input[c.input]));
    if (on !== r.active) state.requirements[r.id] = on;
  }
  state.fromAdvisor = link.requirements.filter((r) => set.has(r.id)).map((r) => r.id);
  return withSection('', 'matrix', caseId, encodeState(state, defaults));
}
