import { expect, test } from '@playwright/test';
import { islandJavaScript } from './island-size';

/**
 * The matrix island's JavaScript budget on a case page, Preact included, gzipped. It was 15 000 bytes until the
 * calculator island began to share src/i18n/format.ts, which moved that module into a chunk of its own (+140 bytes).
 */
const MATRIX_BUDGET = 15_200;

test('the decision-matrix island stays within its JavaScript budget', () => {
  const { files, total } = islandJavaScript('/cases/edge-computing/', 'MatrixIsland');
  expect(Object.keys(files).some((f) => f.includes('preact'))).toBe(true);
  expect(total, JSON.stringify(files)).toBeLessThanOrEqual(MATRIX_BUDGET);
});

test('the advisor island is no heavier than the matrix island', () => {
  expect(islandJavaScript('/kb/comparison-matrix/', 'AdvisorIsland').total).toBeLessThanOrEqual(MATRIX_BUDGET);
});

/** One island serves all four calculators; its budget, Preact included, gzipped. */
const CALCULATOR_BUDGET = 13_000;

test('the calculator island stays within its JavaScript budget', () => {
  for (const page of ['/cases/serverless/', '/en/cases/service-mesh/']) {
    const { files, total } = islandJavaScript(page, 'CalculatorIsland');
    expect(total, JSON.stringify(files)).toBeLessThanOrEqual(CALCULATOR_BUDGET);
  }
});
