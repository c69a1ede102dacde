import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locale';
import { DIST, page } from './dist';
import { CASES, casePath, TREE } from './site-data';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const prefix = (locale: 'zh' | 'en') => (locale === 'en' ? '/en' : '');

const SCENARIOS = {
  zh: ['边缘计算', 'Serverless', '企业应用', '微服务架构', 'AI 推理', '深度学习训练', '多租户 GPU'],
  en: ['Edge computing', 'Serverless', 'Enterprise applications', 'Microservice architecture', 'AI inference', 'Deep-learning training', 'Multi-tenant GPU'],
};

describe('the case index', () => {
  it('renders the Chinese original whole', () => {
    const doc = page('/cases/');
    expect(text(doc.querySelector('h1'))).toBe('03. 实际案例：技术架构选择论证');
    const headings = [...doc.querySelectorAll('h2, h3')].map(text);
    for (const heading of ['目录', '概述', '1 文档列表', '2 案例特征', '3 案例对比矩阵', '4 相关文档']) expect(headings).toContain(heading);
    const rows = [...doc.querySelectorAll('[data-scenario-table] tbody tr')];
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual(SCENARIOS.zh);
    expect(text(doc.querySelectorAll('[data-scenario="ai-inference"] td')[3])).toBe('Container + K8s + NVIDIA');
    expect(doc.querySelectorAll('[data-dimensions] > li')).toHaveLength(4);
    expect(text(doc.body)).toContain('Istio Ambient Mesh / Linkerd / Cilium');
  });

  it('renders the English translation with the same table', () => {
    const doc = page('/en/cases/');
    expect([...doc.querySelectorAll('[data-scenario-table] tbody tr th')].map(text)).toEqual(SCENARIOS.en);
    expect(doc.querySelectorAll('[data-dimensions] > li')).toHaveLength(4);
  });

  it.each(LOCALES)('links every case and related document to a page of this site, anchors included (%s)', (locale) => {
    const doc = page(`${prefix(locale)}/cases/`);
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content a[href^="/"]')];
    expect(links.length).toBeGreaterThan(10);
    for (const c of CASES) expect(links.map((a) => a.pathname)).toContain(casePath(c, locale));
    for (const a of links) {
      expect(existsSync(new URL(`.${a.pathname}index.html`, DIST)), a.href).toBe(true);
      if (a.hash) expect(page(a.pathname).getElementById(decodeURIComponent(a.hash.slice(1))), a.href).not.toBeNull();
    }
  });
});

describe.each(LOCALES)('pages in %s', (locale) => {
  const other = locale === 'zh' ? 'en' : 'zh';
  const root = TREE.nodes.find((n) => n.id === TREE.root);

  it('the home page shows a card per case', () => {
    expect(page(`${prefix(locale)}/`).querySelectorAll('.card')).toHaveLength(CASES.length);
  });

  it.each(CASES.map((c) => casePath(c, locale)))('%s says above its matrix when the weights are this site’s assumption', (path) => {
    const c = CASES.find((x) => casePath(x, locale) === path);
    expect(page(path).querySelectorAll('[data-weights-assumed]')).toHaveLength(c?.weights.origin === 'assumed' ? 1 : 0);
  });

  it.each([...CASES.map((c) => casePath(c, locale)), `${prefix(locale)}/kb/comparison-matrix/`])('%s carries the decision tree as inline SVG, labelled in its language', (path) => {
    const figure = page(path).querySelector('[data-diagram]');
    expect(figure?.querySelector('svg')).not.toBeNull();
    if (root?.kind !== 'decision') throw new Error('the tree starts with a decision');
    expect(text(figure)).toContain(root.question[locale]);
    expect(text(figure)).not.toContain(root.question[other]);
  });

  it('ships no Mermaid script: diagrams are drawn at build time', () => {
    const doc = page(`${prefix(locale)}/kb/comparison-matrix/`);
    const scripts = [...doc.querySelectorAll('script')].map((s) => `${s.getAttribute('src') ?? ''} ${s.textContent ?? ''}`);
    expect(scripts.filter((s) => /mermaid/i.test(s))).toEqual([]);
  });
});
