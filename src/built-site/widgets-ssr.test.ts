import { describe, expect, it } from 'vitest';
import { initialAdvisorUi } from '../../components/advisor/actions';
import { ADVISOR_MESSAGES } from '../../components/advisor/messages';
import { advisorView } from '../../components/advisor/view-model';
import { initialCalcUi } from '../../components/calculator/actions';
import { calculatorMessages } from '../../components/calculator/messages';
import { calcView } from '../../components/calculator/view-model';
import { initialUi } from '../../components/matrix/actions';
import { MATRIX_MESSAGES } from '../../components/matrix/messages';
import { matrixView } from '../../components/matrix/view-model';
import { advise } from '../engine/advisor';
import { toMatrixInput } from '../engine/matrix-input';
import { inputsForPath } from '../engine/tree';
import { LOCALES } from '../i18n/locale';
import { matrixLabels } from '../present/matrix-view';
import { page } from './dist';
import { CALCULATORS, CASES, casePath, SCENARIOS, TREE, trFor } from './site-data';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Server-rendered widgets show exactly what their view models give at the defaults, on every case page in both languages. */
describe.each(LOCALES.flatMap((locale) => CASES.map((c) => ({ locale, c, path: casePath(c, locale) }))))('$path', ({ locale, c, path }) => {
  const doc = page(path);

  it('renders the matrix at the case defaults: rows in order, totals, ranks, exclusions and the summary', () => {
    const input = toMatrixInput(c);
    const view = matrixView({ locale, labels: matrixLabels(c, locale), input }, initialUi(input), trFor(locale, MATRIX_MESSAGES));
    const matrix = doc.querySelector(`[data-matrix="${c.id}"]`);
    expect(matrix).not.toBeNull();
    const rows = [...(matrix?.querySelectorAll('[data-option]') ?? [])];
    expect(rows.map((r) => r.getAttribute('data-option'))).toEqual(view.rows.map((r) => r.id));
    rows.forEach((row, k) => {
      const expected = view.rows[k];
      expect(row.getAttribute('data-total')).toBe(String(expected?.total));
      expect(row.getAttribute('data-rank')).toBe(expected?.rank === null ? '' : String(expected?.rank));
      expect(row.hasAttribute('data-excluded')).toBe(expected?.excludedBy !== null);
      expect(text(row.querySelector('[data-cell="total"]'))).toBe(expected?.erratum ? `${expected.totalText}⚠ ${expected.erratum}` : expected?.totalText);
    });
    expect(text(matrix?.querySelector('[data-summary]'))).toBe(`${view.summary} ${view.originalWinner}`);
    // Controls do nothing without JavaScript, so the server render disables them.
    expect([...(matrix?.querySelectorAll('input, select, button') ?? [])].every((el) => el.hasAttribute('disabled'))).toBe(true);
  });

  it('says what would change the decision as the matrix does at the defaults, with and without the constraints', () => {
    const input = toMatrixInput(c);
    const report = matrixView({ locale, labels: matrixLabels(c, locale), input }, initialUi(input), trFor(locale, MATRIX_MESSAGES)).sensitivity;
    const parts = [report.withConstraints, ...(report.withoutConstraints ? [report.withoutConstraints] : [])];
    const block = doc.querySelector(`[data-what-would-change="${c.id}"]`);
    expect(block?.querySelectorAll('[data-without-constraints]')).toHaveLength(parts.length - 1);
    expect([...(block?.querySelectorAll('[data-sensitivity]') ?? [])].map(text)).toEqual(parts.flatMap((p) => (p.none ? [] : p.lines.map((l) => l.text))));
    for (const p of parts) {
      expect(text(block)).toContain(p.summary);
      if (p.none) expect(text(block)).toContain(p.none);
    }
  });

  it('renders the calculator’s answer at its defaults', () => {
    const calc = CALCULATORS.find((x) => x.case === c.id);
    expect(calc).toBeDefined();
    if (!calc) return;
    const view = calcView({ locale, spec: calc.spec, sources: {} }, initialCalcUi(calc.spec), trFor(locale, calculatorMessages(calc.id)));
    const output = doc.querySelector(`[data-calculator="${calc.id}"] [data-output]`);
    expect(output?.getAttribute('data-output')).toBe(String(view?.output.value));
    expect(text(output)).toBe(view?.output.text);
  });

  it('highlights the case’s own path in the decision tree', () => {
    const leaf = TREE.nodes.find((n) => n.kind === 'leaf' && n.case === c.id);
    expect(leaf).toBeDefined();
    const path = advise(TREE, SCENARIOS, inputsForPath(TREE, leaf?.id ?? '')).path;
    const figure = doc.querySelector(`[data-diagram][data-tree="${c.id}"]`);
    expect(figure?.querySelector('svg')).not.toBeNull();
    const marked = [...(figure?.querySelectorAll('svg [data-node].on-path') ?? [])].map((n) => n.getAttribute('data-node'));
    expect(new Set(marked)).toEqual(new Set(path));
  });
});

describe.each(LOCALES)('the advisor (%s)', (locale) => {
  it('renders the recommendation for the default answers, with that path marked in the tree', () => {
    const doc = page(`${locale === 'en' ? '/en' : ''}/kb/comparison-matrix/`);
    const props = { locale, tree: TREE, scenarios: SCENARIOS, caseUrls: {}, caseTitles: {} };
    const view = advisorView(props, initialAdvisorUi(), trFor(locale, ADVISOR_MESSAGES));
    expect(text(doc.querySelector('[data-advisor] [data-recommendation]'))).toBe(view.recommended);
    expect([...doc.querySelectorAll('[data-advisor] [data-fired]')].map(text)).toEqual(view.fired.map((f) => f.text));
    const marked = [...doc.querySelectorAll('[data-advisor-tree] svg [data-node].on-path')].map((n) => n.getAttribute('data-node'));
    expect(new Set(marked)).toEqual(new Set(view.path));
  });
});
