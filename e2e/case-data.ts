import { fileURLToPath } from 'node:url';
import { loadCases } from '../src/content/load';
import { evaluateMatrix } from '../src/engine/matrix';
import { toMatrixInput } from '../src/engine/matrix-input';
import { analyseSensitivity } from '../src/engine/sensitivity';
import type { CaseData } from '../src/schemas/case';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The case files, read the way the build reads them. */
export const CASES: CaseData[] = loadCases(root);

/** The URL of a case page in a locale. */
export function casePath(c: CaseData, prefix: string): string {
  return `${prefix}/cases/${c.page ?? c.id}/`;
}

/** The engine's result for a case at its defaults: what the server render must show. */
export function expected(c: CaseData) {
  const input = toMatrixInput(c);
  const result = evaluateMatrix(input);
  if (!result.ok) throw new Error(`case ${c.id} has no valid weights`);
  return { input, result, sensitivity: analyseSensitivity(input, result) };
}
