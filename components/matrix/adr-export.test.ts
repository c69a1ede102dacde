import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locale';
import { sectionQuery } from '../widget-kit/hash';
import * as act from './actions';
import { adrFile, localDate, stateLink } from './adr-export';
import { withCalculatorScores } from './calculator-scores';
import { decodeState, type MatrixState } from './state';
import { CASES, islandProps, islandTr } from './test-cases';
import { matrixView } from './view-model';

const DATE = '2025-01-15';
const snapshot = (name: string) => readFileSync(new URL(`../../src/present/__snapshots__/adr/${name}`, import.meta.url), 'utf8');

/** The state link a record holds (its "More Information" line), as written. */
function linkIn(text: string): string {
  const links = [...text.matchAll(/\]\((https:\/\/[^)]*#[^)]*matrix=[^)]*)\)/g)].map((m) => m[1] ?? '');
  if (links.length !== 1) throw new Error(`expected one state link, found ${links.length}`);
  return links[0] ?? '';
}

describe('the island’s decision record', () => {
  it('is the reviewed record of each case at its defaults, named after the case and its winner', () => {
    for (const c of CASES) {
      for (const locale of LOCALES) {
        const props = islandProps(c.id, locale);
        const file = adrFile(props, act.initialUi(props.input), islandTr(locale), DATE, props.pageUrl);
        expect(file.text).toBe(snapshot(`${c.id}.${locale}.md`));
        expect(file.fileName).toMatch(new RegExp(`^0001-${c.id}-[a-z0-9-]+\\.md$`));
      }
    }
    const edge = islandProps('edge', 'zh');
    expect(adrFile(edge, act.initialUi(edge.input), islandTr('zh'), DATE, edge.pageUrl).fileName).toBe('0001-edge-wasmedge-k3s.md');
  });

  // A reader's state: a weight, a score, a constraint, an option removed and one added (which wins), uncertainty set.
  const edge = islandProps('edge', 'en');
  const changed: MatrixState = {
    ...act.initialUi(edge.input).state,
    weights: { ...act.initialUi(edge.input).state.weights, compatibility: 0.8 },
    scores: { 'wasmedge-k3s:compatibility': 2 },
    requirements: { 'memory-50mb': false },
    added: [{ id: 'u1', name: 'Firecracker microVM', scores: { startup: 4, resources: 4, runtime_perf: 5, compatibility: 4 } }],
    removed: ['gvisor-k8s'],
    spread: 0.5,
    weightBand: 0.25,
  };
  const ui = { ...act.initialUi(edge.input), state: changed };

  it('carries the robustness the panel shows, under the reader’s uncertainty', () => {
    for (const locale of LOCALES) {
      const props = islandProps('edge', locale);
      const { text } = adrFile(props, ui, islandTr(locale), DATE, props.pageUrl);
      const panel = matrixView(props, ui, islandTr(locale)).robustness;
      expect(text).toContain(panel.summary);
      expect(text).toContain(panel.assumption);
      for (const flip of panel.flips) expect(text).toContain(flip);
    }
  });

  it('records the calculator’s scores when the reader chose them: the totals, each changed score with its value, the rules, and a link that holds the calculator’s inputs', () => {
    for (const locale of LOCALES) {
      const props = islandProps('edge', locale);
      const ui = withCalculatorScores(act.calculatorRead(act.setScoreSource(act.initialUi(props.input), 'calc'), 'device-ram=1024'), props.derive);
      const view = matrixView(props, ui, islandTr(locale), 200);
      const { text } = adrFile(props, ui, islandTr(locale), DATE, props.pageUrl);
      // Every derived change is listed with the value it was read from; the table carries the derived totals.
      const changed = view.rows.flatMap((r) => r.scores.filter((s) => s.changed).map((s) => ({ row: r, s })));
      expect(changed.length).toBeGreaterThan(0);
      for (const { row } of changed) expect(text).toContain(`| ${row.name} |`);
      for (const { row } of changed) expect(text).toMatch(new RegExp(`\\| ${row.name.replace(/[+]/g, '\\+')} \\|[^\\n]*\\| ${row.totalText} \\|`));
      expect(text.match(locale === 'en' ? /derived from your calculator inputs \(value read: \d/g : /按你的计算器输入推导（读数 \d/g)?.length).toBe(changed.length);
      for (const rule of view.scoreSource?.rules ?? []) expect(text).toContain(rule);
      const link = linkIn(text);
      expect(sectionQuery(new URL(link).hash, 'calc', 'edge-density')).toBe('device-ram=1024');
      expect(sectionQuery(new URL(link).hash, 'matrix', 'edge')).toBe('src=calc');
    }
  });

  it('names the file after the reader’s winning option', () => {
    expect(adrFile(edge, ui, islandTr('en'), DATE, edge.pageUrl).fileName).toBe('0001-edge-firecracker-microvm.md');
  });

  it('links to a state that reopens the same matrix, on the same page or the other language’s', () => {
    for (const locale of LOCALES) {
      const props = islandProps('edge', locale);
      const link = linkIn(adrFile(props, ui, islandTr(locale), DATE, props.pageUrl).text);
      const url = new URL(link);
      expect(`${url.origin}${url.pathname}`).toBe(props.pageUrl);
      expect(link).toBe(stateLink(props.pageUrl, 'edge', props.input, changed));
      const query = sectionQuery(url.hash, 'matrix', 'edge');
      expect(query).not.toBeNull();
      expect(decodeState(query ?? '', props.input)).toEqual({ state: changed, ignored: [] });
      // The hash holds ids only: the other language's page reads it to the same matrix, odds included.
      const other = islandProps('edge', locale === 'en' ? 'zh' : 'en');
      const reopened = decodeState(query ?? '', other.input).state;
      expect(reopened).toEqual(changed);
      const here = matrixView(props, { ...ui, state: reopened }, islandTr(props.locale));
      const there = matrixView(other, { ...ui, state: reopened }, islandTr(other.locale));
      expect(there.rows.map((r) => [r.id, r.total, r.rank])).toEqual(here.rows.map((r) => [r.id, r.total, r.rank]));
      expect(there.robustness.odds.map((o) => [o.id, o.probability])).toEqual(here.robustness.odds.map((o) => [o.id, o.probability]));
    }
  });

  it('is what the README shows as its example, an excerpt of the edge case’s record', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = readme.match(/```markdown\n([\s\S]*?)```/)?.[1] ?? '';
    const shown = example.split('\n').filter((l) => l !== '' && l !== '…');
    expect(shown.length).toBeGreaterThan(10);
    const props = islandProps('edge', 'en');
    const lines = adrFile(props, act.initialUi(props.input), islandTr('en'), DATE, props.pageUrl).text.split('\n');
    // In the record's order: each line shown is found after the previous one.
    let at = -1;
    for (const line of shown) {
      at = lines.indexOf(line, at + 1);
      expect(at, line).toBeGreaterThanOrEqual(0);
    }
  });

  it('dates the record by the reader’s calendar day', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(localDate(new Date(2031, 11, 31, 0, 0))).toBe('2031-12-31');
  });
});
