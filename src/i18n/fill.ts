export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown ones stay visible so a missing value is noticed, not hidden. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
