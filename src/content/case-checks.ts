import type { CaseData } from '../schemas/case';
import { ORIGINAL } from '../schemas/common';
import { isUnit, sameDimension } from '../engine/units';
import { ADVISOR_FIELDS } from '../engine/advisor-fields';
import type { Issue } from './data-file';

function duplicates(ids: string[]): string[] {
  return ids.filter((x, i) => ids.indexOf(x) !== i);
}

/**
 * Rules about a case file that span fields: ids are unique, every option scores every criterion,
 * every reference (metric, winner, source, scenario row) resolves, and requirement units match their figures.
 */
export function checkCase(
  data: CaseData,
  { sourceIds, scenarioIds }: { sourceIds: ReadonlySet<string>; scenarioIds: ReadonlySet<string> },
): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  for (const [list, ids] of [
    ['metrics', data.metrics.map((m) => m.id)],
    ['criteria', data.criteria.map((c) => c.id)],
    ['options', data.options.map((o) => o.id)],
    ['requirements', data.requirements.map((r) => r.id)],
    ['claims', data.claims.map((c) => c.id)],
  ] as const) {
    for (const dup of duplicates([...ids])) add(list, `id "${dup}" is used more than once`);
  }

  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const criteria = new Set(data.criteria.map((c) => c.id));
  const options = new Set(data.options.map((o) => o.id));
  const checkSource = (path: string, source: string) => {
    if (source !== ORIGINAL && !sourceIds.has(source)) {
      add(path, `unknown source "${source}" (add it to content/sources or write "original")`);
    }
  };

  if (data.criteria.every((c) => c.weight === 0)) add('criteria', 'at least one weight must be above zero');

  data.criteria.forEach((criterion, i) => {
    const rule = criterion.rule;
    if (!rule) return;
    const path = `criteria.${i}.rule`;
    const given = rule.kind === 'star-mean' ? rule.stars : rule.inputs;
    for (const o of options) if (!(o in given)) add(path, `no ${rule.kind === 'star-mean' ? 'stars' : 'input'} for option "${o}"`);
    for (const o of Object.keys(given)) if (!options.has(o)) add(path, `no option "${o}" in this case`);
    if (rule.kind === 'star-mean') {
      for (const [o, stars] of Object.entries(rule.stars)) {
        if (stars.length !== rule.items.length) add(`${path}.stars.${o}`, `has ${stars.length} ratings for ${rule.items.length} items`);
      }
      for (const o of rule.assumed) if (!options.has(o)) add(`${path}.assumed`, `no option "${o}" in this case`);
    } else {
      for (const [o, input] of Object.entries(rule.inputs)) {
        const figures = 'figure' in input ? [input.figure] : Object.values(input.set ?? {}).map((f) => f.figure);
        for (const f of figures) if (!metrics.has(f)) add(`${path}.inputs.${o}`, `no metric "${f}" in this case`);
        if ('figure' in input && !isUnit(rule.unit)) add(`${path}.unit`, `"${rule.unit}" is a calculator's unit; a figure cannot be read in it`);
      }
    }
  });

  data.options.forEach((option, i) => {
    for (const c of criteria) {
      if (!(c in option.scores)) add(`options.${i}.scores`, `missing a score for criterion "${c}"`);
    }
    for (const key of Object.keys(option.scores)) {
      if (!criteria.has(key)) add(`options.${i}.scores.${key}`, `no criterion "${key}" in this case`);
    }
    option.figures.forEach((figure, j) => {
      const path = `options.${i}.figures.${j}`;
      if (!metrics.has(figure.metric)) add(`${path}.metric`, `no metric "${figure.metric}" in this case`);
      checkSource(`${path}.source`, figure.source);
      if (figure.primary) checkSource(`${path}.primary.source`, figure.primary.source);
    });
    const seen = option.figures.map((f) => f.metric);
    for (const dup of duplicates(seen)) add(`options.${i}.figures`, `metric "${dup}" has more than one figure`);
  });

  data.requirements.forEach((req, i) => {
    const path = `requirements.${i}`;
    if (!metrics.has(req.metric)) add(`${path}.metric`, `no metric "${req.metric}" in this case`);
    checkSource(`${path}.source`, req.source);
    for (const option of data.options) {
      const figure = option.figures.find((f) => f.metric === req.metric);
      if (figure && !sameDimension(figure.unit, req.unit)) {
        add(`${path}.unit`, `"${req.unit}" cannot be compared with ${option.id}'s figure in "${figure.unit}"`);
      }
    }
  });

  for (const [i, option] of data.options.entries()) {
    for (const [criterion, { range }] of Object.entries(option.score_ranges)) {
      const path = `options.${i}.score_ranges.${criterion}`;
      const own = option.scores[criterion];
      if (!data.criteria.some((c) => c.id === criterion)) add(path, `no criterion "${criterion}" in this case`);
      else if (own === undefined || !(range[0] < range[1] && range[0] <= own && own <= range[1])) {
        add(`${path}.range`, `must run from a lower to a higher score and hold the option's own score (${own})`);
      }
    }
  }

  data.from_advisor.forEach((c, i) => {
    const requirement = data.requirements.find((r) => r.id === c.requirement);
    if (!requirement) add(`from_advisor.${i}.requirement`, `no requirement "${c.requirement}" in this case`);
    if (c.threshold === undefined) return;
    if (ADVISOR_FIELDS[c.input].kind !== 'number') add(`from_advisor.${i}.threshold`, `"${c.input}" is not a number answer, so it cannot set a threshold`);
    if (requirement && !sameDimension(c.threshold, requirement.unit)) {
      add(`from_advisor.${i}.threshold`, `"${c.threshold}" cannot be compared with the requirement's "${requirement.unit}"`);
    }
  });

  data.claims.forEach((claim, i) => {
    checkSource(`claims.${i}.source`, claim.source);
    if (claim.primary) checkSource(`claims.${i}.primary.source`, claim.primary.source);
  });

  if (!scenarioIds.has(data.scenario_row)) {
    add('scenario_row', `no row "${data.scenario_row}" in content/rules/scenarios.yaml`);
  }
  if (!options.has(data.decision.winner)) add('decision.winner', `no option "${data.decision.winner}"`);
  data.decision.stated_ranking?.forEach((o, i) => {
    if (!options.has(o)) add(`decision.stated_ranking.${i}`, `no option "${o}"`);
  });
  return issues;
}
