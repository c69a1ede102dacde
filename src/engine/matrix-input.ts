import type { CaseData, Requirement } from '../schemas/case';
import type { FigureValue } from './requirements';

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
  /** Scores held uncertain, by criterion: the range the robustness odds draw them from (see analyseRobustness). */
  ranges?: Readonly<Record<string, readonly [number, number]>>;
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
      const ranges = Object.entries(o.score_ranges);
      const option: MatrixOption = {
        id: o.id,
        scores: { ...o.scores },
        figures: o.figures.map((f) => ({ metric: f.metric, comparator: f.comparator, value: f.value, unit: f.unit })),
        ...(ranges.length > 0 ? { ranges: Object.fromEntries(ranges.map(([c, r]) => [c, [r.range[0], r.range[1]] as const])) } : {}),
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
