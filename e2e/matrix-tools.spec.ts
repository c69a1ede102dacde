import { CASES, casePath, expected } from './case-data';
import { expect, hydrated, test } from './fixtures';

const edge = CASES.find((c) => c.id === 'edge')!;
const matrix = `[data-matrix="${edge.id}"]`;

test('a reader can add an option of their own, score it, remove it, and restore a removed case option', async ({ page }) => {
  await page.goto(casePath(edge, '/en'));
  await hydrated(page, matrix);
  const rows = page.locator(`${matrix} [data-option]`);
  await expect(rows).toHaveCount(edge.options.length);
  await page.getByLabel('Option name').fill('Firecracker + K3s');
  await page.getByRole('button', { name: 'Add option' }).click();
  await expect(rows).toHaveCount(edge.options.length + 1);
  const mine = page.locator(`${matrix} [data-option="u1"]`);
  await expect(mine).toContainText('Firecracker + K3s');
  for (const c of edge.criteria) await mine.locator(`[data-score="u1:${c.id}"]`).selectOption('5');
  // Five everywhere is the best possible total, and a reader's option has no figures for a constraint to reject.
  await expect(mine).toHaveAttribute('data-rank', '1');
  await expect(page.locator(`${matrix} tr.is-winner`)).toHaveAttribute('data-option', 'u1');
  await mine.getByRole('button', { name: /Remove/ }).click();
  await expect(rows).toHaveCount(edge.options.length);
  const first = edge.options[0]!;
  await page.locator(`${matrix} [data-option="${first.id}"]`).getByRole('button', { name: /Remove/ }).click();
  await expect(rows).toHaveCount(edge.options.length - 1);
  await page.getByRole('button', { name: new RegExp(`Restore`) }).click();
  await expect(rows).toHaveCount(edge.options.length);
});

test('switching a hard constraint off brings an excluded option back into the ranking', async ({ page }) => {
  await page.goto(casePath(edge, ''));
  await hydrated(page, matrix);
  const excluded = expected(edge).result.options.filter((o) => o.excludedBy.length > 0);
  expect(excluded.length).toBeGreaterThan(0);
  for (const box of await page.locator(`${matrix} [data-requirement]`).all()) await box.uncheck();
  for (const option of excluded) {
    await expect(page.locator(`${matrix} [data-option="${option.id}"] [data-excluded]`)).toHaveCount(0);
  }
});

test('copy as Markdown exports the table and the result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(casePath(edge, '/en'));
  await hydrated(page, matrix);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.locator(`${matrix} .matrix-notice`)).toHaveText('Copied to the clipboard.');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const { result } = expected(edge);
  expect(markdown).toContain(`### ${edge.title.en}`);
  for (const option of edge.options) expect(markdown).toContain(`| ${option.label.en} |`);
  const winner = result.options.find((o) => o.id === result.winner)!;
  expect(markdown).toContain(winner.total.toFixed(2));
  expect(markdown).toContain(page.url());
});

test('a case whose weights the original does not state says so above its matrix, in both languages', async ({ page }) => {
  for (const c of CASES) {
    for (const prefix of ['', '/en']) {
      await page.goto(casePath(c, prefix));
      await expect(page.locator('[data-weights-assumed]')).toHaveCount(c.weights.origin === 'assumed' ? 1 : 0);
    }
  }
  expect(CASES.some((c) => c.weights.origin === 'assumed')).toBe(true);
});
