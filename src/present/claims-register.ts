import type { CaseData, Quantity } from '../schemas/case';
import type { Localized, Verdict } from '../schemas/common';
import type { Dimension, ScenarioRow } from '../schemas/rules';
import { claimStatus, type ClaimStatus } from './claim-status';

/** One quantitative claim of the site, wherever it lives in the data. */
export interface RegisterEntry {
  key: string;
  what: Localized;
  quantity: Quantity;
  /** Path of the page that states it, without the locale prefix. */
  page: string;
  pageTitle: Localized;
  status: ClaimStatus;
  source: string;
  verdict: Verdict | undefined;
  note: Localized | undefined;
}

const join = (a: Localized, b: Localized, sep = ' · '): Localized => ({ zh: `${a.zh}${sep}${b.zh}`, en: `${a.en}${sep}${b.en}` });

/** Every figure and claim of the cases, the scenario matrix and the decision dimensions. */
export function claimsRegister(input: {
  cases: CaseData[];
  scenarios: ScenarioRow[];
  dimensions: Dimension[];
  indexTitle: Localized;
}): RegisterEntry[] {
  const entries: RegisterEntry[] = [];
  for (const c of input.cases) {
    const page = `/cases/${c.page ?? c.id}/`;
    const metric = (id: string) => c.metrics.find((m) => m.id === id)?.label ?? { zh: id, en: id };
    for (const o of c.options) {
      for (const f of o.figures) {
        entries.push({
          key: `${c.id}:${o.id}:${f.metric}`,
          what: join(o.label, metric(f.metric)),
          quantity: f,
          page,
          pageTitle: c.title,
          status: claimStatus(f.source, f.verdict),
          source: f.source,
          verdict: f.verdict,
          note: f.note,
        });
      }
    }
    for (const claim of c.claims) {
      entries.push({
        key: `${c.id}:${claim.id}`,
        what: claim.label,
        quantity: claim.stated,
        page,
        pageTitle: c.title,
        status: claimStatus(claim.source, claim.verdict),
        source: claim.source,
        verdict: claim.verdict,
        note: claim.note,
      });
    }
  }
  const figures = (key: string, where: Localized, list: ScenarioRow['figures']) =>
    list.forEach((f, i) =>
      entries.push({
        key: `${key}:${i}`,
        what: join(where, f.label),
        quantity: f,
        page: '/cases/',
        pageTitle: input.indexTitle,
        status: claimStatus(f.source, f.verdict),
        source: f.source,
        verdict: f.verdict,
        note: f.note,
      }),
    );
  for (const row of input.scenarios) figures(`scenario:${row.id}`, row.scenario, row.figures);
  for (const d of input.dimensions) figures(`dimension:${d.id}`, d.label, d.figures);
  return entries;
}
