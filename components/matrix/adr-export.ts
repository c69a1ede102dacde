import { evaluateMatrix } from '../../src/engine/matrix';
import type { MatrixInput } from '../../src/engine/matrix-input';
import { analyseSensitivity } from '../../src/engine/sensitivity';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';
import { adrFileName, decisionRecord } from '../../src/present/adr';
import type { AdrCase } from '../../src/present/adr-case';
import { formatCell } from '../../src/present/calc-format';
import { withSection } from '../widget-kit/hash';
import type { MatrixUi } from './actions';
import { matrixRobustness } from './robustness-view';
import { scoredInput, type MatrixDerive, type ScoreChange } from './score-source';
import { applyState, encodeState, type MatrixState } from './state';
import type { MatrixViewProps } from './view-model';

/**
 * The "Download as ADR" file of a matrix as set. Loaded by the island only when a reader asks for the file, so
 * the decision-record generator costs the page nothing until then.
 */

/** A derived score's value as read from the calculator, in its rule's unit ("45 MB"). */
function changeValue(locale: Locale, tr: Translate, derive: MatrixDerive, change: ScoreChange): string {
  const unit = derive.plan.criteria.find((c) => c.criterionId === change.criterionId)?.unit;
  return unit === undefined ? String(change.value) : formatCell(locale, tr, change.value, unit);
}

/** The matrix's props plus the case's text for the record, in the page's language. */
export interface AdrExportProps extends MatrixViewProps {
  record: AdrCase;
}

export interface AdrFile {
  fileName: string;
  text: string;
}

/**
 * The address that reopens this state of the matrix, with the calculator's inputs when the scores come from them;
 * the hash names ids only, so it works on either language's page.
 */
export function stateLink(pageUrl: string, caseId: string, input: MatrixInput, state: MatrixState, calc?: { id: string; query: string | null }): string {
  const withCalc = calc && state.source === 'calc' && calc.query ? withSection('', 'calc', calc.id, calc.query) : '';
  return `${pageUrl}${withSection(withCalc, 'matrix', caseId, encodeState(state, input))}`;
}

/** A date as YYYY-MM-DD in the reader's own time zone: the day the record is written. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The decision record (MADR 4) of the current state, with the robustness odds the panel shows, and its file name.
 * `pageUrl` is the case page's address without a hash; the record links to it and to the exact state.
 */
export function adrFile({ locale, labels, input, record, derive }: AdrExportProps, ui: MatrixUi, tr: Translate, date: string, pageUrl: string): AdrFile {
  const { state } = ui;
  const scored = scoredInput(input, ui);
  const current = applyState(scored.input, state);
  const result = evaluateMatrix(current);
  const addedNames = Object.fromEntries(state.added.map((a) => [a.id, a.name]));
  const text = decisionRecord({
    locale,
    tr,
    date,
    caseText: { ...record, pageUrl },
    caseInput: input,
    input: current,
    result,
    sensitivity: analyseSensitivity(current, result),
    robustness: matrixRobustness(current, result, state),
    addedNames,
    stateUrl: stateLink(pageUrl, labels.caseId, input, state, derive && { id: derive.plan.calculator, query: ui.calcQuery }),
    derived:
      derive && state.source === 'calc'
        ? { rules: derive.rules, changes: scored.changes.map((c) => ({ ...c, value: changeValue(locale, tr, derive, c) })) }
        : undefined,
  });
  const winner = result.ok ? result.winner : null;
  const chosen = winner === null ? null : { id: winner, name: record.options[winner]?.label ?? addedNames[winner] ?? winner };
  return { fileName: adrFileName(labels.caseId, chosen), text };
}
