import type { CaseData } from './schemas/case';
import { localePrefix, type Locale } from './i18n/locale';

/** The URL of a case's page in a locale. */
export function caseUrl(c: Pick<CaseData, 'id' | 'page'>, locale: Locale): string {
  return `${localePrefix(locale)}/cases/${c.page ?? c.id}/`;
}

/** The URL of a case's companion page: the background, requirements, figures, build and sources behind the decision. */
export function caseDetailsUrl(c: Pick<CaseData, 'id' | 'page'>, locale: Locale): string {
  return `${caseUrl(c, locale)}details/`;
}

/** The id of the decision-tree figure on a case page, which the decision summary links to. */
export const CASE_TREE_ID = 'decision-tree';
