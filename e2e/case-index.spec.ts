import { expect, test } from './fixtures';

const SCENARIOS = {
  zh: ['边缘计算', 'Serverless', '企业应用', '微服务架构', 'AI 推理', '深度学习训练', '多租户 GPU'],
  en: ['Edge computing', 'Serverless', 'Enterprise applications', 'Microservice architecture', 'AI inference', 'Deep-learning training', 'Multi-tenant GPU'],
};

test.describe('the case index', () => {
  test('renders the Chinese original whole', async ({ page }) => {
    await page.goto('/cases/');
    await expect(page.locator('h1')).toHaveText('03. 实际案例：技术架构选择论证');
    for (const heading of ['📑 目录', '📖 概述', '1 文档列表', '2 案例特征', '3 案例对比矩阵', '4 相关文档']) {
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    }
    const rows = page.locator('[data-scenario-table] tbody tr');
    await expect(rows).toHaveCount(7);
    await expect(rows.locator('th')).toHaveText(SCENARIOS.zh);
    await expect(page.locator('[data-scenario="ai-inference"] td').nth(3)).toHaveText('Container + K8s + NVIDIA');
    await expect(page.locator('[data-dimensions] > li')).toHaveCount(4);
    await expect(page.getByText('Istio Ambient Mesh / Linkerd / Cilium')).toBeVisible();
  });

  test('renders the English translation with the same table', async ({ page }) => {
    await page.goto('/en/cases/');
    const rows = page.locator('[data-scenario-table] tbody tr');
    await expect(rows).toHaveCount(7);
    await expect(rows.locator('th')).toHaveText(SCENARIOS.en);
    await expect(page.locator('[data-dimensions] > li')).toHaveCount(4);
  });

  test('links each case and every related document to a page of this site', async ({ page }) => {
    await page.goto('/cases/');
    await page.getByRole('link', { name: '边缘计算平台', exact: true }).click();
    await expect(page).toHaveURL(/\/cases\/edge-computing\/$/);
    await page.goto('/cases/');
    await page.getByRole('link', { name: '基于设备与内核特性的决策' }).click();
    await expect(page).toHaveURL(/\/kb\/scenario-models\/#/);
    await expect(page.locator('h2#基于设备与内核特性的决策, h3#基于设备与内核特性的决策')).toHaveCount(1);
  });
});
