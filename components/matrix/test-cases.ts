import { caseUrl } from '../../src/case-url';
import { loadCalculators, loadCases, loadSources } from '../../src/content/load';
import { matrixDerive } from '../../src/present/derive-plan';
import { toMatrixInput } from '../../src/engine/matrix-input';
import type { Locale } from '../../src/i18n/locale';
import { translator, type Translate } from '../../src/i18n/translate';
import { messagesFor } from '../../src/i18n/ui';
import { adrCase } from '../../src/present/adr-case';
import { matrixLabels } from '../../src/present/matrix-view';
import type { AdrExportProps } from './adr-export';
import { MATRIX_MESSAGES } from './messages';
import type { MatrixDerive } from './score-source';

/** The four real cases as the matrix island gets them (see CaseMatrix.astro), for the view-model tests. */
const root = new URL('../..', import.meta.url).pathname;
const sources = loadSources(root);
const sourceMap = new Map(sources.map((s) => [s.id, s]));
export const SITE = 'https://casebook.example.org';
export const CASES = loadCases(root, sources);
export const CALCULATORS = loadCalculators(root, sources, CASES);

/** The island's props for a case in a locale: what the page passes. */
export function islandProps(caseId: string, locale: Locale): AdrExportProps & { pageUrl: string; derive?: MatrixDerive | undefined } {
  const c = CASES.find((x) => x.id === caseId);
  if (!c) throw new Error(`no case ${caseId}`);
  const pageUrl = `${SITE}${caseUrl(c, locale)}`;
  return { locale, labels: matrixLabels(c, locale), input: toMatrixInput(c), record: adrCase(c, locale, pageUrl, sourceMap), pageUrl, derive: matrixDerive(c, CALCULATORS, locale) };
}

/** The island's translator: only the strings it is given. */
export const islandTr = (locale: Locale): Translate => translator(messagesFor(locale, MATRIX_MESSAGES));
