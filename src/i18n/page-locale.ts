import { localeFromLang, type Locale } from './locale';

/** The locale of the Starlight page a component is rendered on. */
export function pageLocale(locals: App.Locals): Locale {
  return localeFromLang(locals.starlightRoute.lang);
}
