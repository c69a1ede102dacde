import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDecisionTree, loadScenarios } from '../../src/content/load';
import { ADVISOR_FIELDS, DEFAULT_ADVISOR_INPUT, advise, type AdvisorInput } from '../../src/engine/advisor';
import { formatNumber } from '../../src/i18n/format';
import { inputArbitrary } from '../../src/fuzz/advisor-input';
import { LOCALES, type Locale } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import { messagesFor, ui } from '../../src/i18n/ui';
import { answer, initialAdvisorUi, typeAnswer, type AdvisorUi } from './actions';
import { ADVISOR_MESSAGES } from './messages';
import { advisorView } from './view-model';

const root = new URL('../..', import.meta.url).pathname;
const { rows } = loadScenarios(root);
const tree = loadDecisionTree(root, rows);
const tr = (locale: Locale) => translator(messagesFor(locale, ADVISOR_MESSAGES));
const props = (locale: Locale) => ({ locale, tree, scenarios: rows, caseUrls: {}, caseTitles: {} });
const viewOf = (locale: Locale, ui: AdvisorUi) => advisorView(props(locale), ui, tr(locale));
const withInput = (changes: Partial<AdvisorInput>): AdvisorUi => ({ ...initialAdvisorUi(), input: { ...DEFAULT_ADVISOR_INPUT, ...changes } });
const requirement = (id: string) => {
  const found = tree.requirements.find((r) => r.id === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
};
const node = (id: string) => tree.nodes.find((n) => n.id === id);

describe.each(LOCALES)('the advisor view (%s)', (locale) => {
  const t = tr(locale);

  it('asks for the devices’ memory as a number that takes effect as it is typed', () => {
    const memory = ADVISOR_FIELDS.memoryMb;
    if (memory.kind !== 'number') throw new Error('fixture: memoryMb is a number question');
    let state = answer(initialAdvisorUi(), 'resources', 'constrained');
    const question = viewOf(locale, state).questions.find((q) => q.field === 'memoryMb');
    expect(question).toMatchObject({ kind: 'number', label: ui['advisor.q.memoryMb'][locale], text: '' });
    state = typeAnswer(state, 'memoryMb', '512');
    expect(viewOf(locale, state).leafId).toBe('leaf-wasm-k3s-agent');
    state = typeAnswer(state, 'memoryMb', '5o0');
    const flagged = viewOf(locale, state);
    expect(flagged.leafId).toBe('leaf-wasm-k3s-agent');
    const range = { min: formatNumber(locale, memory.min), max: formatNumber(locale, memory.max) };
    expect(flagged.questions.find((q) => q.field === 'memoryMb')).toMatchObject({ text: '5o0', problem: t('input.problem.not-a-number', range) });
    state = typeAnswer(state, 'memoryMb', '');
    expect(viewOf(locale, state).leafId).toBe('leaf-wasm-k3s-edge');
  });

  it('names the requirements a hardware-isolated function cannot have, why, and the nearest option with the answer it needs', () => {
    const view = viewOf(locale, withInput({ coldStartMs: 8, billing: 'millisecond', isolation: 'hardware' }));
    expect(view.recommended).toBe('VM + K8s');
    expect(view.unmet.map((u) => u.id)).toEqual(['cold-start-under-100ms', 'millisecond-billing']);
    const serverless = node('leaf-wasm-k3s-serverless');
    const isolation = node('q-isolation');
    if (serverless?.kind !== 'leaf' || isolation?.kind !== 'decision') throw new Error('fixture: the tree changed');
    for (const u of view.unmet) {
      const req = requirement(u.id);
      expect(u.text).toBe(t('ui.labelled', { label: req.label[locale], value: req.why[locale] }));
      expect(u.nearestLeaf).toBe('leaf-wasm-k3s-serverless');
      const change = t('advisor.unmet.change', { question: ui['advisor.q.isolation'][locale], answer: isolation.edges[1]!.label[locale] });
      expect(u.nearest).toBe(t('advisor.unmet.nearest', { option: serverless.recommended[locale], changes: change }));
    }
    expect(view.summary).toEqual([
      { kind: 'unmet', text: t('advisor.summary.unmet.other', { count: '2' }) },
      { kind: 'conflicts', text: t('advisor.summary.conflicts.one', { count: '1' }) },
    ]);
  });

  it('says when no outcome of the tree meets a requirement', () => {
    const view = viewOf(locale, withInput({ offline: true, memoryMb: 256 }));
    expect(view.unmet).toEqual([
      { id: 'memory-below-agent', text: t('ui.labelled', { label: requirement('memory-below-agent').label[locale], value: requirement('memory-below-agent').why[locale] }), nearestLeaf: null, nearest: t('advisor.unmet.none') },
    ]);
    expect(view.summary.map((s) => s.text)).toEqual([t('advisor.summary.unmet.one', { count: '1' })]);
  });

  it('lists two changes in the page language’s punctuation', () => {
    const [u] = viewOf(locale, withInput({ isolation: 'hardware', memoryMb: 1024 })).unmet;
    expect(u?.nearestLeaf).toBe('leaf-wasm-k3s-agent');
    expect(u?.nearest).toContain(locale === 'zh' ? '」；「' : '”; “');
  });

  it('has nothing to flag for the defaults', () => {
    const view = viewOf(locale, initialAdvisorUi());
    expect(view.unmet).toEqual([]);
    expect(view.summary).toEqual([]);
  });

  it('shows in the summary as many unmet requirements and conflicts as the engine finds', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const advice = advise(tree, rows, input);
        const view = viewOf(locale, { ...initialAdvisorUi(), input });
        expect(view.unmet.map((u) => u.id)).toEqual(advice.unmet.map((u) => u.id));
        expect(view.summary.map((s) => s.kind)).toEqual([...(advice.unmet.length > 0 ? ['unmet'] : []), ...(advice.conflicts.length > 0 ? ['conflicts'] : [])]);
        for (const [i, u] of advice.unmet.entries()) {
          if (u.nearest) expect(view.unmet[i]?.nearest).toContain(u.nearest.recommended[locale]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the advisor’s UI strings say the same in both languages', () => {
  const figures = (text: string) => [...new Set(text.match(/\d+(?:\.\d+)?/g) ?? [])].sort();
  const keys = Object.keys(messagesFor('en', ADVISOR_MESSAGES)) as (keyof typeof ui)[];

  it.each(keys)('%s cites the same figures', (key) => {
    expect(figures(ui[key].zh)).toEqual(figures(ui[key].en));
  });
});
