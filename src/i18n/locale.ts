/** The site's two languages: `zh` is the root locale (zh-CN), `en` lives under /en/. */
export type Locale = 'zh' | 'en';
export const LOCALES: readonly Locale[] = ['zh', 'en'];

/** BCP 47 tag of a locale, for `<html lang>` and Intl formatters. */
export const LANG_TAG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Locale of a BCP 47 tag as Starlight reports it (`zh-CN`, `en`). Anything not English is the root locale. */
export function localeFromLang(lang: string | undefined): Locale {
  return lang?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** URL prefix of a locale's pages. */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '/en' : '';
}
