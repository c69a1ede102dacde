/** A band of a banded scoring rule (see scoreRuleSchema in src/schemas/case.ts). */
export interface ScoreBand {
  comparator: '<' | '<=' | '>' | '>=';
  value: number;
  score: number;
}

/** The mean of star ratings rounded half up (3.5 → 4); null without ratings. */
export function starMeanScore(stars: readonly number[]): number | null {
  if (stars.length === 0) return null;
  return Math.round(stars.reduce((sum, s) => sum + s, 0) / stars.length);
}

/** The score of the first band the value fits, or `otherwise`. */
export function bandScore(value: number, bands: readonly ScoreBand[], otherwise: number): number {
  const fits = (b: ScoreBand) =>
    b.comparator === '<' ? value < b.value : b.comparator === '<=' ? value <= b.value : b.comparator === '>' ? value > b.value : value >= b.value;
  const band = bands.find(fits);
  return band ? band.score : otherwise;
}
