import { evaluateMatrix, type MatrixResult } from '../engine/matrix';
import type { MatrixInput } from '../engine/matrix-input';
import { analyseSensitivity } from '../engine/sensitivity';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import { matrixSummary } from './matrix-summary';
import { sensitivityLine, type SensitivityLine } from './sensitivity-text';

export interface SensitivityPart {
  summary: string;
  lines: SensitivityLine[];
  /** Said instead of the lines when there is no single winner, or when the constraints leave a single candidate. */
  none: string | null;
}

/**
 * What would change a matrix's answer. When hard constraints exclude options, the weights cannot move a winner
 * that the constraints alone chose, and the sentences say so; the same analysis then follows with every
 * constraint off, where the weights alone decide.
 */
export interface SensitivityReport {
  withConstraints: SensitivityPart;
  /** Null when no option is excluded. */
  withoutConstraints: SensitivityPart | null;
}

function part(
  locale: Locale,
  tr: Translate,
  input: MatrixInput,
  result: MatrixResult,
  criterionName: (id: string) => string,
  optionName: (id: string) => string,
): SensitivityPart {
  const sensitivity = analyseSensitivity(input, result);
  // With one eligible option the weights cannot change anything: the constraints decided.
  const locked = result.ok && result.status === 'winner' && result.margin === null && result.options.length > 1;
  const summary = matrixSummary(locale, tr, result, optionName);
  if (locked) return { summary, lines: [], none: tr('sens.locked', { winner: optionName(result.winner ?? '') }) };
  const lines = sensitivity.ok ? sensitivity.criteria.map((s) => sensitivityLine(locale, tr, s, criterionName(s.criterionId), optionName)) : [];
  return { summary, lines, none: lines.length > 0 ? null : tr('sens.none') };
}

export function sensitivityReport(
  locale: Locale,
  tr: Translate,
  input: MatrixInput,
  result: MatrixResult,
  criterionName: (id: string) => string,
  optionName: (id: string) => string,
): SensitivityReport {
  const excludes = result.ok && result.options.some((o) => o.excludedBy.length > 0);
  const off = { ...input, requirements: input.requirements.map((r) => ({ ...r, active: false })) };
  return {
    withConstraints: part(locale, tr, input, result, criterionName, optionName),
    withoutConstraints: excludes ? part(locale, tr, off, evaluateMatrix(off), criterionName, optionName) : null,
  };
}
