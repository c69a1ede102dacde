import { fill, type Vars } from './fill';
import type { Locale } from './locale';
import { t, type UiKey } from './ui';

export type { Vars } from './fill';

/** Looks up a UI string by key and fills its `{name}` placeholders. */
export type Translate = (key: UiKey, vars?: Vars) => string;

/**
 * A Translate over the strings an island was given: one language, only the keys it uses, so the page
 * does not ship the whole table in both languages as JavaScript.
 */
export function translator(messages: Partial<Record<UiKey, string>>): Translate {
  return (key, vars) => fill(messages[key] ?? key, vars);
}

/** `t` bound to a locale, for code that takes a Translate. */
export function translate(locale: Locale): Translate {
  return (key, vars) => t(locale, key, vars);
}
