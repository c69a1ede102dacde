import type { CaseData, Requirement } from '../schemas/case';
import type { FigureValue } from './requirements';
import type { MatrixState } from './state';

export interface MatrixCriterion {
  id: string;
  /** Raw weight as written; evaluateMatrix normalises. */
  weight: number;
}

export interface MatrixOption {
  id: string;
  /** 1–5 per criterion id. */
  scores: Readonly<Record<string, number>>;
  figures: readonly FigureValue[];
  /** The weighted total the original states; absent for reader-added options. */
  statedTotal?: number;
}

export type MatrixRequirement = Pick<Requirement, 'id' | 'metric' | 'comparator' | 'value' | 'unit' | 'active'>;

export interface MatrixInput {
  criteria: readonly MatrixCriterion[];
  options: readonly MatrixOption[];
  requirements: readonly MatrixRequirement[];
}

/** What the engine needs from a validated case file, copied so later edits cannot reach the case data. */
export function toMatrixInput(caseData: CaseData): MatrixInput {
  return {
    criteria: caseData.criteria.map((c) => ({ id: c.id, weight: c.weight })),
    options: caseData.options.map((o) => {
      const option: MatrixOption = {
        id: o.id,
        scores: { ...o.scores },
        figures: o.figures.map((f) => ({ metric: f.metric, comparator: f.comparator, value: f.value, unit: f.unit })),
      };
      return o.stated_total === undefined ? option : { ...option, statedTotal: o.stated_total };
    }),
    requirements: caseData.requirements.map((r) => ({
      id: r.id,
      metric: r.metric,
      comparator: r.comparator,
      value: r.value,
      unit: r.unit,
      active: r.active,
    })),
  };
}

/**
 * The case input with a reader's state applied: weights, score overrides and requirement switches replaced,
 * removed options dropped, added options appended (no figures, no stated total, so never excluded or in erratum).
 */
export function applyState(input: MatrixInput, state: MatrixState): MatrixInput {
  const removed = new Set(state.removed);
  const pick = <T>(r: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(r, key) ? r[key] : undefined);
  return {
    criteria: input.criteria.map((c) => ({ id: c.id, weight: pick(state.weights, c.id) ?? c.weight })),
    options: [
      ...input.options
        .filter((o) => !removed.has(o.id))
        .map((o) => {
          const scores: Record<string, number> = { ...o.scores };
          for (const c of input.criteria) {
            const s = pick(state.scores, `${o.id}:${c.id}`);
            if (s !== undefined) scores[c.id] = s;
          }
          return { ...o, scores };
        }),
      ...state.added.map((a) => ({ id: a.id, scores: a.scores, figures: [] })),
    ],
    requirements: input.requirements.map((r) => ({ ...r, active: pick(state.requirements, r.id) ?? r.active })),
  };
}
