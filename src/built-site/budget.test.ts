import { describe, expect, it } from 'vitest';
import { CASES, casePath } from './site-data';
import { islandJavaScript } from './island-size';

/**
 * The islands' JavaScript budgets, Preact and its renderer included, gzipped (21.3 KB and 13.3 KB when set). The
 * matrix grew from 15.2 KB with field-level weight checks, the sensitivity analysis without constraints, a Markdown
 * export that carries the constraints, the hash sections it shares with the other widgets (+2.1 KB), and the
 * robustness panel with its Monte Carlo engine (+4 KB), and editable thresholds (24.4 KB when set). The decision
 * record, and the calculator models behind "scores from my calculator inputs", are separate chunks loaded on use;
 * the derived-score rules are worded when the page is built.
 */
const MATRIX_BUDGET = 25_000;
/** One island serves every calculator (14.1 KB when set, with the explanation of a choice that is not the densest). */
const CALCULATOR_BUDGET = 14_500;

describe('JavaScript budgets', () => {
  it('the decision-matrix island stays within its budget', () => {
    const { files, total } = islandJavaScript(casePath(CASES[0]!, 'zh'), 'MatrixIsland');
    expect(Object.keys(files).some((f) => f.includes('preact'))).toBe(true);
    expect(total, JSON.stringify(files)).toBeLessThanOrEqual(MATRIX_BUDGET);
  });

  it('the advisor island is no heavier than the matrix island', () => {
    expect(islandJavaScript('/kb/comparison-matrix/', 'AdvisorIsland').total).toBeLessThanOrEqual(MATRIX_BUDGET);
  });

  it.each(CASES.map((c) => casePath(c, 'en')))('the calculator island on %s stays within its budget', (path) => {
    const { files, total } = islandJavaScript(path, 'CalculatorIsland');
    expect(total, JSON.stringify(files)).toBeLessThanOrEqual(CALCULATOR_BUDGET);
  });
});
