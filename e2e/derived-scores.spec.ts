import { CASES, casePath } from './case-data';
import { expect, hydrated, test } from './fixtures';

const edge = CASES.find((c) => c.id === 'edge');
if (!edge) throw new Error('no edge case');
const matrix = '[data-matrix="edge"]';
const calc = '[data-calculator="edge-density"]';
const dockerResources = `${matrix} [data-score="docker-k3s:resources"]`;

test('scores from my calculator inputs follow the calculator on the same page', async ({ page }) => {
  await page.goto(casePath(edge, '/en'));
  await hydrated(page, calc);
  await hydrated(page, matrix);
  const stated = String(edge.options.find((o) => o.id === 'docker-k3s')?.scores['resources']);
  await expect(page.locator(dockerResources)).toHaveValue(stated);

  await page.locator(`${calc} input[data-field="device-ram"]`).fill('1024');
  await page.locator(`${matrix} [data-score-source] input[value="calc"]`).check();
  await expect(page.locator(`${matrix} [data-score-source]`)).toHaveAttribute('data-score-source', 'calc');
  await expect(page).toHaveURL(/src=calc/);
  const atOneGb = await page.locator(dockerResources).inputValue();
  expect(atOneGb).not.toBe(stated);
  await expect(page.locator(`${matrix} td[data-changed]`).first()).toBeVisible();
  await expect(page.locator(`${matrix} [data-score-changes]`)).toContainText('Docker + K3s');

  // The calculator writes its hash section without a hashchange; the matrix still follows it.
  await page.locator(`${calc} input[data-field="device-ram"]`).fill('512');
  await expect(page.locator(dockerResources)).not.toHaveValue(atOneGb);

  await page.locator(`${matrix} [data-score-source] input[value="case"]`).check();
  await expect(page.locator(dockerResources)).toHaveValue(stated);
  await expect(page.locator(`${matrix} td[data-changed]`)).toHaveCount(0);
});

// A link that asks for the calculator's scores loads their code (a separate chunk, under the page's CSP) on the
// other two cases that derive scores, in both languages.
for (const [caseId, calcId, inputs] of [
  ['serverless', 'serverless-cost', 'invocations=1000000000'],
  ['service-mesh', 'mesh-overhead', 'pods-per-node=2'],
] as const) {
  for (const prefix of ['', '/en']) {
    test(`a link with scores from the calculator opens them on the ${caseId} case (${prefix || '/'})`, async ({ page }) => {
      const c = CASES.find((x) => x.id === caseId)!;
      const m = `[data-matrix="${caseId}"]`;
      await page.goto(`${casePath(c, prefix)}#calc=${calcId}&${inputs}&matrix=${caseId}&src=calc`);
      await hydrated(page, m);
      await expect(page.locator(`${m} [data-score-source]`)).toHaveAttribute('data-score-source', 'calc');
      await expect(page.locator(`${m} td[data-changed]`).first()).toBeVisible();
      await expect(page.locator(`${m} [data-score-changes]`)).toContainText(/\d → \d/);
    });
  }
}

test('the advisor’s case link opens the matrix with the reader’s answers as its constraints and thresholds', async ({ page }) => {
  await page.goto('/en/kb/comparison-matrix/#advisor&coldStartMs=50&billing=millisecond');
  await hydrated(page, '[data-advisor]');
  const link = page.locator('[data-advisor] [data-case-link]');
  await expect(link).toHaveAttribute('href', /#matrix=serverless&.*from=advisor/);
  await link.click();
  const serverless = '[data-matrix="serverless"]';
  await hydrated(page, serverless);
  await expect(page.locator(`${serverless} [data-from-advisor]`)).toContainText(/on — .*Per-millisecond billing/);
  await expect(page.locator(`${serverless} [data-requirement="billing-per-ms"]`)).toBeChecked();
  await expect(page.locator(`${serverless} [data-requirement="cold-start-under-100ms"]`)).toBeChecked();
  // The reader's 50 ms target is the constraint's threshold, in the field and in the constraint's name.
  await expect(page.locator(`${serverless} [data-threshold="cold-start-under-100ms"]`)).toHaveValue('50');
  await expect(page.locator(`${serverless} [data-from-advisor]`)).toContainText('< 50 ms');
  await expect(page).toHaveURL(/t\.cold-start-under-100ms=50/);
});
