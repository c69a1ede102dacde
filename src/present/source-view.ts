import type { Source } from '../schemas/source';
import type { Locale } from '../i18n/locale';
import { t } from '../i18n/ui';

/** A source as one page shows it: title, link and publisher in the page's language, and when it is from. */
export interface SourceView {
  title: string;
  url: string;
  publisher: string;
  /** Date, edition and reading date as one list in the page's language ('' when the source gives none). */
  when: string;
}

const inLocale = (value: string | { zh: string; en: string }, locale: Locale): string =>
  typeof value === 'string' ? value : value[locale];

/** The source in the page's language: its own edition where it has one per language. */
export function sourceView(source: Source, locale: Locale): SourceView {
  const parts = [source.date, source.edition?.[locale], source.read && t(locale, 'sources.read', { date: source.read })].filter(
    (part): part is string => Boolean(part),
  );
  const when = parts.join(locale === 'zh' ? '，' : ', ');
  return {
    title: inLocale(source.title, locale),
    url: inLocale(source.url, locale),
    publisher: inLocale(source.publisher, locale),
    when,
  };
}
