import type { CaseData, Quantity } from '../schemas/case';
import { ORIGINAL, unit as caseUnit } from '../schemas/common';
import type { CalculatorData, FigureRef, ParamData, ResolvedCalculator, ResolvedParam } from '../schemas/calculator';
import { MODELS } from '../engine/calculators/registry';
import { convert, sameDimension } from '../engine/units';
import type { Issue } from './data-file';

/** The case figure a reference points at, or a message saying why there is none. */
function referencedFigure(ref: FigureRef, cases: ReadonlyMap<string, CaseData>) {
  const data = cases.get(ref.case);
  if (!data) return `no case "${ref.case}" in content/cases/`;
  if (ref.claim !== undefined) {
    if (ref.option !== undefined || ref.metric !== undefined) return 'name either a claim or an option and a metric, not both';
    const claim = data.claims.find((c) => c.id === ref.claim);
    if (!claim) return `case "${ref.case}" has no claim "${ref.claim}"`;
    return { item: claim.id, stated: { ...claim.stated, source: claim.source, verdict: claim.verdict, note: claim.note }, primary: claim.primary };
  }
  if (ref.option === undefined || ref.metric === undefined) return 'name a claim, or an option and a metric';
  const figure = data.options.find((o) => o.id === ref.option)?.figures.find((f) => f.metric === ref.metric);
  if (!figure) return `case "${ref.case}" has no figure "${ref.metric}" for option "${ref.option}"`;
  return { item: `${ref.option}.${ref.metric}`, stated: figure, primary: figure.primary };
}

/** One number out of a quantity in `unit`: a range needs `end`. */
function pickValue(q: Quantity, end: FigureRef['end'], unit: ParamData['unit']): number | string {
  const parsedUnit = caseUnit.safeParse(unit);
  if (!parsedUnit.success) return `unit "${unit}" cannot take a case figure (use one of the case units)`;
  if (!sameDimension(q.unit, parsedUnit.data)) return `the figure is in ${q.unit}, which cannot be converted to ${unit}`;
  const raw = Array.isArray(q.value) ? (end === 'low' ? q.value[0] : end === 'high' ? q.value[1] : null) : q.value;
  if (raw === null) return 'the figure is a range: say which end to use (end: low | high)';
  // Rounded to 12 significant digits so that e.g. 5 µs → 0.005 ms does not carry binary noise.
  return Number(convert(raw, q.unit, parsedUnit.data).toPrecision(12));
}

function resolveParam(p: ParamData, at: string, cases: ReadonlyMap<string, CaseData>, sourceIds: ReadonlySet<string>, issues: Issue[]): ResolvedParam | null {
  const base = { id: p.id, unit: p.unit, min: p.min, max: p.max, step: p.step, integer: p.integer };
  let resolved: ResolvedParam | null = null;
  if (p.from !== undefined) {
    if (p.value !== undefined || p.source !== undefined) issues.push({ path: `${at}.from`, message: 'a default taken from a case figure has no value or source of its own' });
    const found = referencedFigure(p.from, cases);
    if (typeof found === 'string') {
      issues.push({ path: `${at}.from`, message: found });
      return null;
    }
    const primary = p.from.use === 'primary';
    if (primary && !found.primary) {
      issues.push({ path: `${at}.from.use`, message: 'the figure has no primary-source value' });
      return null;
    }
    const q = primary && found.primary ? found.primary : found.stated;
    const value = pickValue(q, p.from.end, p.unit);
    if (typeof value === 'string') {
      issues.push({ path: `${at}.from`, message: value });
      return null;
    }
    const source = primary && found.primary ? found.primary.source : found.stated.source;
    const note = p.note ?? (primary ? found.primary?.note : found.stated.note);
    const verdict = !primary && found.stated.source === ORIGINAL ? found.stated.verdict : undefined;
    resolved = { ...base, value, source, ...(verdict ? { verdict } : {}), ...(note ? { note } : {}), from: { case: p.from.case, item: found.item } };
  } else if (p.value === undefined || p.source === undefined) {
    issues.push({ path: at, message: 'give a value and its source, or take the default from a case figure (from)' });
    return null;
  } else {
    if ((p.source === 'original' || p.source === 'assumed') && !p.note) issues.push({ path: `${at}.note`, message: `a default marked "${p.source}" needs a note saying why` });
    if (p.source !== 'original' && p.source !== 'assumed' && !sourceIds.has(p.source)) issues.push({ path: `${at}.source`, message: `no source "${p.source}" in content/sources/` });
    resolved = { ...base, value: p.value, source: p.source, ...(p.note ? { note: p.note } : {}) };
  }
  if (resolved.value < p.min || resolved.value > p.max) issues.push({ path: `${at}.value`, message: `the default ${resolved.value} is outside [${p.min}, ${p.max}]` });
  if (p.integer && !Number.isInteger(resolved.value)) issues.push({ path: `${at}.value`, message: `the default ${resolved.value} must be a whole number` });
  return resolved;
}

/**
 * Checks a calculator file against its model (the same inputs, no more, no fewer), the cases and the sources,
 * and resolves every default. Issues name the field.
 */
export function checkCalculator(
  data: CalculatorData,
  context: { cases: ReadonlyMap<string, CaseData>; sourceIds: ReadonlySet<string> },
): { issues: Issue[]; resolved: ResolvedCalculator } {
  const issues: Issue[] = [];
  const model = MODELS[data.id];
  if (!model) issues.push({ path: 'id', message: `no calculator model "${data.id}" in src/engine/calculators/registry.ts` });
  if (!context.cases.has(data.case)) issues.push({ path: 'case', message: `no case "${data.case}" in content/cases/` });
  const params = data.params.flatMap((p, i) => resolveParam(p, `params.${i}`, context.cases, context.sourceIds, issues) ?? []);
  if (model) {
    const ids = data.params.map((p) => p.id);
    for (const id of model.numbers) if (!ids.includes(id)) issues.push({ path: 'params', message: `the model needs a parameter "${id}"` });
    data.params.forEach((p, i) => {
      if (!model.numbers.includes(p.id)) issues.push({ path: `params.${i}.id`, message: `the model has no parameter "${p.id}"` });
      if (ids.indexOf(p.id) !== i) issues.push({ path: `params.${i}.id`, message: `"${p.id}" is repeated` });
    });
    for (const id of Object.keys(model.choices)) if (!data.choices.some((c) => c.id === id)) issues.push({ path: 'choices', message: `the model needs a choice "${id}"` });
    data.choices.forEach((c, i) => {
      const options = model.choices[c.id];
      if (!options) issues.push({ path: `choices.${i}.id`, message: `the model has no choice "${c.id}"` });
      else if (options.join() !== c.options.join()) issues.push({ path: `choices.${i}.options`, message: `must be ${options.join(', ')}, in that order` });
      if (!c.options.includes(c.value)) issues.push({ path: `choices.${i}.value`, message: `"${c.value}" is not one of the options` });
    });
  }
  return { issues, resolved: { id: data.id, case: data.case, choices: data.choices, params } };
}
