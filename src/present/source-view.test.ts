import { describe, expect, it } from 'vitest';
import { loadSources } from '../content/load';
import { sourceView } from './source-view';

const base = { id: 'x', title: 'T', url: 'https://example.org/', publisher: 'P', supports: { zh: '支持', en: 'supports' } };

describe('sourceView', () => {
  it('picks the edition of a source that has one per language', () => {
    const s = { ...base, title: { zh: '标题', en: 'Title' }, url: { zh: 'https://example.org/zh/', en: 'https://example.org/en/' } };
    expect(sourceView(s, 'zh')).toMatchObject({ title: '标题', url: 'https://example.org/zh/' });
    expect(sourceView(s, 'en')).toMatchObject({ title: 'Title', url: 'https://example.org/en/' });
  });

  it('writes the date, edition and reading day in the page’s language', () => {
    const s = { ...base, date: '2024', edition: { zh: 'Istio 1.24 性能总结', en: 'Istio 1.24 summary' }, read: '2026-11-24' };
    expect(sourceView(s, 'zh').when).toBe('2024，Istio 1.24 性能总结，读取于 2026-11-24');
    expect(sourceView(s, 'en').when).toBe('2024, Istio 1.24 summary, read 2026-11-24');
    expect(sourceView(base, 'en').when).toBe('');
  });

  it('cites Istio’s Istiod sizing in Chinese on Chinese pages and in English on English pages', () => {
    const istiod = loadSources(new URL('../..', import.meta.url).pathname).find((s) => s.id === 'istio-perf-istiod');
    if (!istiod) throw new Error('no istio-perf-istiod source');
    expect(sourceView(istiod, 'en').title).not.toMatch(/[\u4e00-\u9fff]/);
    expect(sourceView(istiod, 'en').url).not.toContain('/zh/');
    expect(sourceView(istiod, 'zh').url).toContain('/zh/');
  });
});
