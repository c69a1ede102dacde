import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseDetailsUrl } from '../case-url';
import { evaluateMatrix, type MatrixEvaluation } from '../engine/matrix';
import { toMatrixInput } from '../engine/matrix-input';
import { formatFixed } from '../i18n/format';
import { LOCALES, type Locale } from '../i18n/locale';
import { DIST, page } from './dist';
import { CALCULATORS, CASES, casePath } from './site-data';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The matrix section's heading, renamed from "Evaluation" so that the table of contents says what it holds. */
const MATRIX_HEADING: Record<Locale, string> = { zh: '决策矩阵（可交互）', en: 'The decision matrix (live)' };

/**
 * What the engine says at the case's settings, worked out here from evaluateMatrix alone: the winner; the best other
 * eligible option and the engine's margin; or, when the hard constraints leave the winner alone, the option the
 * weights alone rank second and the margin with every constraint off.
 */
function expected(c: (typeof CASES)[number]) {
  const input = toMatrixInput(c);
  const result = evaluateMatrix(input);
  if (!result.ok || result.winner === null) throw new Error(`${c.id}: the case data has no single winner`);
  const eligibleRunnerUp = (r: MatrixEvaluation) => r.order.find((id) => id !== r.winner && r.options.find((o) => o.id === id)?.excludedBy.length === 0);
  if (result.margin !== null) return { result, winner: result.winner, runnerUp: eligibleRunnerUp(result), margin: result.margin };
  const off = evaluateMatrix({ ...input, requirements: input.requirements.map((r) => ({ ...r, active: false })) });
  if (!off.ok || off.winner !== result.winner || off.margin === null) throw new Error(`${c.id}: without constraints another option wins`);
  return { result, winner: result.winner, runnerUp: eligibleRunnerUp(off), margin: off.margin };
}

describe.each(LOCALES.flatMap((locale) => CASES.map((c) => ({ locale, c, path: casePath(c, locale) }))))('$path', ({ locale, c, path }) => {
  const doc = page(path);
  const summary = doc.querySelector(`[data-decision-summary="${c.id}"]`);
  const label = (id: string | undefined) => c.options.find((o) => o.id === id)?.label[locale] ?? `(no option ${id})`;
  const want = expected(c);

  it('opens with the decision summary, before any section of the page', () => {
    expect(doc.querySelectorAll('[data-decision-summary]')).toHaveLength(1);
    const content = doc.querySelector('.sl-markdown-content');
    expect(content?.firstElementChild?.matches('[data-decision-summary]')).toBe(true);
  });

  it('names the engine’s winner, runner-up and margin', () => {
    expect(summary?.getAttribute('data-winner')).toBe(want.winner);
    expect(summary?.getAttribute('data-runner-up')).toBe(want.runnerUp);
    expect(summary?.getAttribute('data-margin')).toBe(String(want.margin));
    const total = want.result.options.find((o) => o.id === want.winner)?.total ?? NaN;
    expect(text(summary?.querySelector('[data-choice]'))).toContain(`${label(want.winner)}`);
    expect(text(summary?.querySelector('[data-choice]'))).toContain(formatFixed(locale, total, 2));
    const runnerUp = text(summary?.querySelector('[data-runner-up-text]'));
    expect(runnerUp).toContain(label(want.runnerUp));
    expect(runnerUp).toContain(formatFixed(locale, want.margin, 2));
  });

  it('names every hard constraint that excludes an option, and the options it excludes', () => {
    const why = text(summary?.querySelector('[data-why]'));
    const excluding = c.requirements.filter((r) => want.result.options.some((o) => o.excludedBy.includes(r.id)));
    for (const r of excluding) {
      expect(why).toContain(r.label[locale]);
      for (const o of want.result.options.filter((x) => x.excludedBy.includes(r.id))) expect(why).toContain(label(o.id));
    }
    // A constraint that excludes nothing did not decide anything.
    for (const r of c.requirements.filter((x) => !excluding.includes(x))) expect(why).not.toContain(r.label[locale]);
  });

  it('links to the live matrix, the calculator and the tree on the page, each landing on its widget', () => {
    const target = (kind: string) => {
      const href = summary?.querySelector<HTMLAnchorElement>(`a[data-link="${kind}"]`)?.getAttribute('href') ?? '';
      expect(href.startsWith('#'), `${kind}: ${href}`).toBe(true);
      return doc.getElementById(decodeURIComponent(href.slice(1)));
    };
    expect(target('matrix')?.querySelector(`[data-matrix="${c.id}"]`)).not.toBeNull();
    const calculator = CALCULATORS.find((x) => x.case === c.id);
    expect(calculator).toBeDefined();
    expect(target('calc')?.querySelector(`[data-calculator="${calculator?.id}"]`)).not.toBeNull();
    expect(target('tree')?.matches(`[data-diagram][data-tree="${c.id}"]`)).toBe(true);
  });

  it('links to the case’s details page in the same language, which links back', () => {
    const href = summary?.querySelector('a[data-link="details"]')?.getAttribute('href');
    expect(href).toBe(caseDetailsUrl(c, locale));
    expect(existsSync(new URL(`.${href}index.html`, DIST))).toBe(true);
    const details = page(href ?? '');
    expect(details.documentElement.lang).toBe(doc.documentElement.lang);
    expect([...details.querySelectorAll('.sl-markdown-content a')].map((a) => a.getAttribute('href'))).toContain(path);
  });

  it('calls the matrix’s section what it is, in the table of contents as well', () => {
    const heading = [...doc.querySelectorAll('.sl-markdown-content h2')].find((h) => text(h) === MATRIX_HEADING[locale]);
    expect(heading).toBeDefined();
    expect(doc.querySelector(`starlight-toc a[href="#${heading?.id}"]`)).not.toBeNull();
  });
});
