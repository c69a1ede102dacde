import { evaluateMatrix } from '../engine/matrix';
import type { MatrixInput } from '../engine/matrix-input';
import type { CaseData } from '../schemas/case';
import type { Localized } from '../schemas/common';
import type { ScoringExample } from '../schemas/scoring-example';
import { toMatrixInput } from '../engine/matrix-input';

/** One scored table of the original, in the shape the errata view needs. */
export interface ErrataTable {
  id: string;
  title: Localized;
  input: MatrixInput;
  labels: Record<string, Localized>;
  statedWinner: string;
}

export function errataFromCase(c: CaseData): ErrataTable {
  return {
    id: c.id,
    title: c.title,
    input: toMatrixInput(c),
    labels: Object.fromEntries(c.options.map((o) => [o.id, o.label])),
    statedWinner: c.decision.winner,
  };
}

export function errataFromExample(e: ScoringExample): ErrataTable {
  return {
    id: e.id,
    title: e.title,
    input: {
      criteria: e.criteria.map((c) => ({ id: c.id, weight: c.weight })),
      options: e.options.map((o) => ({
        id: o.id,
        scores: Object.fromEntries(e.criteria.map((c, i) => [c.id, o.scores[i] ?? 0])),
        figures: [],
        statedTotal: o.stated_total,
      })),
      requirements: [],
    },
    labels: Object.fromEntries(e.options.map((o) => [o.id, o.label])),
    statedWinner: e.stated_winner,
  };
}

/** Rows of stated vs computed totals, and whether the computed winner differs from the stated one. */
export function errataRows(table: ErrataTable) {
  const result = evaluateMatrix(table.input);
  if (!result.ok) return { rows: [], winnerChanges: false, computedWinner: null };
  const rows = result.options
    .filter((o) => o.stated !== null)
    .map((o) => ({ id: o.id, stated: o.stated ?? 0, computed: o.total, erratum: o.erratum }));
  return { rows, winnerChanges: result.winner !== table.statedWinner, computedWinner: result.winner };
}
