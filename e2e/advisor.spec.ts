import { fileURLToPath } from 'node:url';
import { loadDecisionTree, loadScenarios } from '../src/content/load';
import { advise, DEFAULT_ADVISOR_INPUT } from '../src/engine/advisor';
import { expect, hydrated, LOCALES, openWidget, test } from './fixtures';

const root = fileURLToPath(new URL('..', import.meta.url));
const scenarios = loadScenarios(root).rows;
const tree = loadDecisionTree(root, scenarios);
const advisor = '[data-advisor]';

for (const { locale, prefix } of LOCALES) {
  const url = `${prefix}/kb/comparison-matrix/`;

  test.describe(`scenario advisor (${locale})`, () => {
    test('answers, explains, highlights the path and keeps its state in the link', async ({ page, context }) => {
      await openWidget(page, url, advisor, '#advisor');
      await page.locator(`${advisor} [data-field="device"]`).selectOption('gpu-passthrough');
      await page.locator(`${advisor} [data-field="multiOs"]`).check();
      const advice = advise(tree, scenarios, { ...DEFAULT_ADVISOR_INPUT, device: 'gpu-passthrough', multiOs: true });
      await expect(page.locator(`${advisor} [data-recommendation]`)).toHaveText(advice.recommended[locale]);
      await expect(page.locator(`${advisor} [data-fired]`)).toHaveCount(advice.fired.length);
      for (const id of advice.path) await expect(page.locator(`[data-advisor-tree] [data-node="${id}"]`)).toHaveClass(/on-path/);
      await expect(page.locator('[data-advisor-tree] [data-node].on-path')).toHaveCount(advice.path.length);
      await expect(page).toHaveURL(/#advisor&/);
      const fresh = await context.newPage();
      await fresh.goto(page.url());
      await hydrated(fresh, advisor);
      await expect(fresh.locator(`${advisor} [data-recommendation]`)).toHaveText(advice.recommended[locale]);
      await expect(fresh.locator(`${advisor} [data-field="device"]`)).toHaveValue('gpu-passthrough');
    });

    test('links the matching case and reports contradictory inputs', async ({ page }) => {
      await openWidget(page, url, advisor, '#advisor');
      await page.locator(`${advisor} [data-field="resources"]`).selectOption('constrained');
      // The link opens the case's matrix with the answers carried as its constraints (components/matrix/advisor-link.ts).
      await expect(page.locator(`${advisor} [data-case-link]`)).toHaveAttribute('href', new RegExp(`^${prefix}/cases/edge-computing/#matrix=edge&.*from=advisor`));
      await page.locator(`${advisor} [data-field="isolation"]`).selectOption('application');
      await page.locator(`${advisor} [data-field="multiOs"]`).check();
      await expect(page.locator(`${advisor} [data-conflicts]`)).toBeVisible();
    });

    test('a malformed link shows what was ignored and keeps the defaults', async ({ page }) => {
      await openWidget(page, url, advisor, '#advisor&device=laser&services=-3&<b>x</b>=1');
      await expect(page.locator(`${advisor} [data-ignored]`)).toContainText('<b>x</b>');
      const advice = advise(tree, scenarios, { ...DEFAULT_ADVISOR_INPUT });
      await expect(page.locator(`${advisor} [data-recommendation]`)).toHaveText(advice.recommended[locale]);
    });

    test('a number answer takes effect as it is typed, and a bad one is flagged at its field', async ({ page }) => {
      await openWidget(page, url, advisor, '#advisor');
      const services = page.locator(`${advisor} [data-field="services"]`);
      await services.fill('60');
      await expect(page).toHaveURL(/services=60/);
      await expect(services).toBeFocused();
      await services.fill('abc');
      await expect(services).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator(`#${await services.getAttribute('aria-describedby')}`)).toBeVisible();
      await expect(page).toHaveURL(/services=60/);
    });
  });
}
