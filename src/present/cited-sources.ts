import type { CaseData } from '../schemas/case';
import { ORIGINAL } from '../schemas/common';

/** Ids of the primary sources a case's data cites, in order of first mention, without duplicates. */
export function citedSourceIds(c: CaseData): string[] {
  const ids = [
    ...c.options.flatMap((o) => o.figures.flatMap((f) => [f.source, f.primary?.source])),
    ...c.requirements.map((r) => r.source),
    ...c.claims.flatMap((cl) => [cl.source, cl.primary?.source]),
  ];
  return [...new Set(ids.filter((id): id is string => id !== undefined && id !== ORIGINAL))];
}
