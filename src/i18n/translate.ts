import type { UiKey } from './ui';

export type Vars = Record<string, string | number>;

/** Looks up a UI string by key and fills its `{name}` placeholders. */
export type Translate = (key: UiKey, vars?: Vars) => string;

/** Fills `{name}` placeholders; unknown ones stay visible so a missing value is noticed, not hidden. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A Translate over the strings an island was given: one language, only the keys it uses, so the page
 * does not ship the whole table in both languages as JavaScript.
 */
export function translator(messages: Partial<Record<UiKey, string>>): Translate {
  return (key, vars) => fill(messages[key] ?? key, vars);
}
