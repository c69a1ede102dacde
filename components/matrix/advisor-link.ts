import type { AdvisorInput } from '../../src/engine/advisor';
import { conditionHolds } from '../../src/engine/condition';
import { convert, isUnit, sameDimension } from '../../src/engine/units';
import type { AdvisorConstraint, CaseData } from '../../src/schemas/case';
import { withSection } from '../widget-kit/hash';
import { defaultState, encodeState, type StateDefaults } from './state';

/** What the advisor needs to carry its answers into one case's matrix: the case's requirements and its mapping. */
export interface AdvisorCaseLink {
  requirements: StateDefaults['requirements'];
  /** From the case file's `from_advisor`. */
  constraints: readonly AdvisorConstraint[];
}

/** A case's link data, as small as the advisor's payload can carry. */
export function advisorCaseLink(c: Pick<CaseData, 'requirements' | 'from_advisor'>): AdvisorCaseLink {
  return { requirements: c.requirements.map(({ id, active, value, unit }) => ({ id, active, value, unit })), constraints: c.from_advisor };
}

/** Whether one mapping turns its requirement on for these answers (see advisorConstraintSchema). */
function holds(c: AdvisorConstraint, input: AdvisorInput): boolean {
  const answer = input[c.input];
  return c.when === undefined ? typeof answer === 'number' : conditionHolds(c.when, answer);
}

/** The reader's number as the requirement's threshold, in the requirement's unit; null when the mapping sets none. */
function thresholdOf(c: AdvisorConstraint, input: AdvisorInput, unit: string): number | null {
  const answer = input[c.input];
  if (c.threshold === undefined || typeof answer !== 'number' || !isUnit(unit) || !sameDimension(c.threshold, unit)) return null;
  return Number(convert(answer, c.threshold, unit).toPrecision(12));
}

/**
 * The hash that opens a case's matrix with the reader's answers as its hard constraints: each mapped requirement
 * on when one of its answers holds, off otherwise, at the reader's own threshold where the mapping reads one, and
 * the list of them (`from=advisor.…`) so that the matrix can say which came from the advisor. Written by the
 * matrix's own codec.
 */
export function advisorMatrixHash(caseId: string, link: AdvisorCaseLink, input: AdvisorInput): string {
  const defaults: StateDefaults = { criteria: [], options: [], requirements: link.requirements };
  const state = defaultState(defaults);
  for (const r of link.requirements) {
    const mappings = link.constraints.filter((c) => c.requirement === r.id);
    if (mappings.length === 0) continue;
    const holding = mappings.filter((c) => holds(c, input));
    if ((holding.length > 0) !== r.active) state.requirements[r.id] = holding.length > 0;
    const threshold = holding.map((c) => thresholdOf(c, input, r.unit)).find((t) => t !== null);
    if (threshold !== undefined && threshold !== null && threshold !== r.value) state.thresholds[r.id] = threshold;
  }
  const mapped = new Set(link.constraints.map((c) => c.requirement));
  state.fromAdvisor = link.requirements.filter((r) => mapped.has(r.id)).map((r) => r.id);
  return withSection('', 'matrix', caseId, encodeState(state, defaults));
}
