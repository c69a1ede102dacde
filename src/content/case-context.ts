import { pageLocale } from '../i18n/page-locale';
import { caseById } from './case-entry';
import { sourcesById } from './sources-map';

/** What a component about one case needs: the case's data, every primary source, and the page's locale. */
export async function caseContext(id: string, locals: App.Locals) {
  return { data: await caseById(id), sources: await sourcesById(), locale: pageLocale(locals) };
}
