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

export function sensitivityReport(
  locale: Locale,
  tr: Translate,
  input: MatrixInput,
  result: MatrixResult,
  criterionName: (id: string) => string,
  optionName: (id: string) => string,
): SensitivityReport {
  function part(matrix: MatrixInput, evaluated: MatrixResult): SensitivityPart {
    const summary = matrixSummary(locale, tr, evaluated, optionName);
    // With one eligible option the weights cannot change anything: the constraints decided, nothing to analyse.
    const locked = evaluated.ok && evaluated.status === 'winner' && evaluated.margin === null && evaluated.options.length > 1;
    if (locked) return { summary, lines: [], none: tr('sens.locked', { winner: optionName(evaluated.winner ?? '') }) };
    const sensitivity = analyseSensitivity(matrix, evaluated);
    const lines = sensitivity.ok ? sensitivity.criteria.map((s) => sensitivityLine(locale, tr, s, criterionName(s.criterionId), optionName)) : [];
    return { summary, lines, none: lines.length > 0 ? null : tr('sens.none') };
  }

  const excludes = result.ok && result.options.some((o) => o.excludedBy.length > 0);
  const off = { ...input, requirements: input.requirements.map((r) => ({ ...r, active: false })) };
  return {
    withConstraints: part(input, result),
    withoutConstraints: excludes ? part(off, evaluateMatrix(off)) : null,
  };
}
