import { expect, test } from './fixtures';
import { searchFor } from './search-dialog';

test('Chinese searches find the case index and the service-mesh case, and only Chinese pages', async ({ page }) => {
  await page.goto('/');
  await test.step('边缘计算 finds the case index and the edge case, and only Chinese pages', async () => {
    const paths = await searchFor(page, '边缘计算', { all: true });
    expect(paths).toContain('/cases/');
    expect(paths).toContain('/cases/edge-computing/');
    expect(paths.filter((p) => p.startsWith('/en/'))).toEqual([]);
  });
  await test.step('服务网格 finds the service-mesh case', async () => {
    expect(await searchFor(page, '服务网格', { all: true })).toContain('/cases/service-mesh/');
  });
});

test('an English search for edge computing finds the case index, and only English pages', async ({ page }) => {
  await page.goto('/en/');
  const paths = await searchFor(page, 'edge computing', { all: true });
  expect(paths).toContain('/en/cases/');
  expect(paths).toContain('/en/cases/edge-computing/');
  expect(paths.every((p) => p.startsWith('/en/'))).toBe(true);
});
