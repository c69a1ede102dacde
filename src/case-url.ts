import type { CaseData } from './schemas/case';
import { localePrefix, type Locale } from './i18n/locale';

/** The URL of a case's page in a locale. */
export function caseUrl(c: Pick<CaseData, 'id' | 'page'>, locale: Locale): string {
  return `${localePrefix(locale)}/cases/${c.page ?? c.id}/`;
}
