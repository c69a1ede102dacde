/** One style per language across the data: labels in sentence case in English, full-width punctuation in Chinese. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCases } from './load';
import { ui } from '../i18n/ui';

const root = new URL('../..', import.meta.url).pathname;
const cases = loadCases(root);

/** Names that begin with a lower-case letter on purpose. */
const LOWER_CASE_NAMES = /^(gVisor|eBPF|epoll|io_uring|mTLS|runc|containerd|ztunnel|vGPU)\b/;

describe('English labels', () => {
  const labels = cases.flatMap((c) => [
    ...c.criteria.flatMap((x) => [[`${c.id} criterion ${x.id}`, x.label.en], [`${c.id} criterion ${x.id} measures`, x.measures.en]]),
    ...c.metrics.map((x) => [`${c.id} metric ${x.id}`, x.label.en]),
    ...c.requirements.map((x) => [`${c.id} requirement ${x.id}`, x.label.en]),
    ...c.claims.map((x) => [`${c.id} claim ${x.id}`, x.label.en]),
  ]);
  it.each(labels)('%s starts with a capital: %s', (_where, label) => {
    expect(LOWER_CASE_NAMES.test(label) || !/^[a-z]/.test(label)).toBe(true);
  });
});

const CJK = '[\\u3400-\\u9fff]';
/** Half-width punctuation touching Chinese text: "备选方案: …", "(备选方案", "…场景)". */
const HALF_WIDTH = new RegExp(`${CJK}[,;:?!](?:\\s|$)|${CJK} ?\\(|\\( ?${CJK}|${CJK} ?\\)|[:;,] ${CJK}`);

function chineseStrings(node: unknown, path: string): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((x, i) => chineseStrings(x, `${path}.${i}`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => (k === 'zh' && typeof v === 'string' ? [[`${path}.zh`, v] as [string, string]] : chineseStrings(v, `${path}.${k}`)));
  }
  return [];
}

const dataFiles = ['content/cases', 'content/sources', 'content/calculators', 'content/rules'].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => `${dir}/${f}`),
).concat('content/glossary.yaml');

describe('Chinese punctuation', () => {
  it.each(dataFiles)('%s uses full-width punctuation next to Chinese', (file) => {
    const strings = chineseStrings(parse(readFileSync(join(root, file), 'utf8')), file);
    expect(strings.filter(([, s]) => HALF_WIDTH.test(s)).map(([where, s]) => `${where}: ${s}`)).toEqual([]);
  });

  it('the UI strings use full-width punctuation next to Chinese', () => {
    const bad = Object.entries(ui).filter(([, v]) => HALF_WIDTH.test(v.zh)).map(([k, v]) => `${k}: ${v.zh}`);
    expect(bad).toEqual([]);
  });
});
