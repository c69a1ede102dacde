import { describe, expect, it } from 'vitest';
import * as act from './actions';
import { withCalculatorScores } from './calculator-scores';
import { islandProps, islandTr } from './test-cases';
import { matrixView } from './view-model';
import type { Locale } from '../../src/i18n/locale';

const SAMPLES = 200;
/** The view once the island has computed the calculator's scores (it loads that code when they are asked for). */
const view = (caseId: string, locale: Locale, ui: act.MatrixUi) => {
  const props = islandProps(caseId, locale);
  return matrixView(props, ui.state.source === 'calc' ? withCalculatorScores(ui, props.derive) : ui, islandTr(locale), SAMPLES);
};
const start = (caseId: string) => act.initialUi(islandProps(caseId, 'en').input);
const score = (v: ReturnType<typeof view>, option: string, criterion: string) =>
  v.rows.find((r) => r.id === option)?.scores.find((s) => s.criterionId === criterion);

describe('scores from the calculator', () => {
  it('offers the switch, with the rule and its thresholds from the data, on the three cases that derive scores', () => {
    for (const caseId of ['serverless', 'edge', 'service-mesh']) {
      const v = view(caseId, 'en', start(caseId));
      expect(v.scoreSource?.source).toBe('case');
      expect(v.scoreSource?.options.map((o) => o.label)).toEqual(['Scores as the case gives them', 'Scores from my calculator inputs']);
      expect(v.scoreSource?.changes).toBeNull();
      expect(v.rows.flatMap((r) => r.scores).some((s) => s.changed)).toBe(false);
    }
    expect(view('enterprise', 'en', start('enterprise')).scoreSource).toBeNull();
    expect(view('edge', 'en', start('edge')).scoreSource?.rules).toEqual([
      'Resource footprint: application instances per device (this page’s calculator); ≥ 24 scores 5, ≥ 20 scores 4, ≥ 16 scores 3, ≥ 8 scores 2, anything else 1.',
    ]);
    expect(view('edge', 'zh', start('edge')).scoreSource?.rules).toEqual([
      '资源占用：每台设备能容纳的应用实例数（本页计算器）；≥ 24 得 5 分，≥ 20 得 4 分，≥ 16 得 3 分，≥ 8 得 2 分，其余得 1 分。',
    ]);
    expect(view('serverless', 'en', start('serverless')).scoreSource?.rules[0]).toContain('≤ 5.00 USD scores 5');
  });

  it('service mesh: its resource scores already are the calculator’s at the defaults; with 2 pods per node each node’s proxy is shared by fewer pods, so Ambient and Cilium score lower', () => {
    const atDefaults = act.setScoreSource(start('service-mesh'), 'calc');
    const v = view('service-mesh', 'en', atDefaults);
    expect(v.scoreSource?.changes).toBe('Your calculator inputs give the same scores as the case.');
    expect(view('service-mesh', 'zh', atDefaults).scoreSource?.changes).toBe('按你的计算器输入，评分与案例给出的相同。');
    // 2 pods per node: each node's ztunnel is shared by only two pods.
    const few = act.calculatorRead(atDefaults, 'pods-per-node=2');
    const fv = view('service-mesh', 'en', few);
    expect(score(fv, 'istio-ambient', 'resource_footprint')).toMatchObject({ changed: true, note: 'from the calculator (the case gives 5)' });
    expect(score(fv, 'istio-ambient', 'resource_footprint')?.value).toBeLessThan(5);
    expect(fv.scoreSource?.changes).toBe(
      'From your calculator inputs, scores that differ from the case’s (2): Istio Ambient (ztunnel + waypoint) · Resource footprint 5 → 3; Cilium Service Mesh · Resource footprint 5 → 1.',
    );
    expect(view('service-mesh', 'zh', few).scoreSource?.changes).toMatch(/^按你的计算器输入，与案例不同的评分（2 个）：.* · 资源占用 5 → 3；.* · 资源占用 5 → 1。$/);
    // Back to the case's scores: nothing marked, even with the same calculator inputs.
    const back = view('service-mesh', 'en', act.setScoreSource(few, 'case'));
    expect(score(back, 'istio-ambient', 'resource_footprint')).toMatchObject({ value: 5, changed: false });
  });

  it('serverless: at the defaults only gVisor’s billing score differs (both per-second platforms bill the same); a billion calls lower every score', () => {
    const ui = act.setScoreSource(start('serverless'), 'calc');
    const v = view('serverless', 'en', ui);
    expect(v.rows.flatMap((r) => r.scores.filter((s) => s.changed).map((s) => `${r.id}:${s.criterionId}:${s.value}`))).toEqual(['gvisor-k8s:billing:2']);
    expect(v.scoreSource?.changes).toBe('From your calculator inputs, scores that differ from the case’s (1): gVisor + K8s · Billing granularity 3 → 2.');
    expect(view('serverless', 'zh', ui).scoreSource?.changes).toBe('按你的计算器输入，与案例不同的评分（1 个）：gVisor + K8s · 计费粒度 3 → 2。');
    const big = view('serverless', 'en', act.calculatorRead(ui, 'invocations=1000000000'));
    expect(score(big, 'wasmedge-k3s', 'billing')?.value).toBe(1);
    // A reader's own score wins and is not counted as the calculator's.
    const own = view('serverless', 'en', act.setScore(ui, islandProps('serverless', 'en').input, 'gvisor-k8s', 'billing', 4));
    expect(score(own, 'gvisor-k8s', 'billing')).toMatchObject({ value: 4, changed: false });
    expect(own.scoreSource?.changes).toBe('Your calculator inputs give the same scores as the case.');
  });

  it('edge: a 1 GB device fits fewer instances, so every runtime’s resource score falls, and the totals follow', () => {
    const ui = act.setScoreSource(start('edge'), 'calc');
    const big = view('edge', 'en', ui);
    const small = view('edge', 'en', act.calculatorRead(ui, 'device-ram=1024'));
    for (const option of ['docker-k3s', 'wasmedge-k3s', 'gvisor-k8s']) {
      expect(score(small, option, 'resources')?.value).toBeLessThan(score(big, option, 'resources')?.value ?? 0);
      expect(small.rows.find((r) => r.id === option)?.total).toBeLessThan(big.rows.find((r) => r.id === option)?.total ?? 0);
    }
    // The Markdown copy says where its scores came from, with the rules, and carries the derived totals.
    const markdown = small.markdown('https://example.org/');
    expect(markdown).toContain(small.scoreSource?.changes ?? 'no changes');
    for (const rule of small.scoreSource?.rules ?? []) expect(markdown).toContain(`- ${rule}`);
    for (const row of small.rows) expect(markdown).toContain(`| ${row.totalText} |`);
    expect(big.markdown('https://example.org/')).toContain(big.scoreSource?.changes ?? 'no changes');
    expect(view('edge', 'en', start('edge')).markdown('https://example.org/')).not.toContain('**Where the scores come from**');
    // A calculator link it cannot read leaves the defaults in use.
    expect(view('edge', 'en', act.calculatorRead(ui, 'device-ram=lots')).rows).toEqual(big.rows);
  });

  it('until the calculator’s scores are computed the case’s stay in use and nothing is claimed; a late result for older inputs is dropped', () => {
    const ui = act.calculatorRead(act.setScoreSource(start('edge'), 'calc'), 'device-ram=1024');
    const pending = matrixView(islandProps('edge', 'en'), ui, islandTr('en'), SAMPLES);
    expect(pending.rows).toEqual(view('edge', 'en', start('edge')).rows);
    expect(pending.scoreSource?.changes).toBeNull();
    const moved = act.calculatorRead(ui, 'device-ram=512');
    expect(act.derivedRead(moved, 'device-ram=1024', [])).toBe(moved);
  });

  it('reset keeps the calculator’s inputs, which belong to the calculator', () => {
    const ui = act.calculatorRead(act.setScoreSource(start('edge'), 'calc'), 'device-ram=1024');
    const after = act.reset(islandProps('edge', 'en').input, ui);
    expect(after.state.source).toBe('case');
    expect(after.calcQuery).toBe('device-ram=1024');
  });
});

describe('constraints from the advisor', () => {
  it('names the requirements the advisor set, on or off, in both languages', () => {
    const input = islandProps('serverless', 'en').input;
    let ui = start('serverless');
    ui = act.restored(ui, { ...ui.state, fromAdvisor: ['cold-start-under-100ms', 'billing-per-ms'], requirements: { 'billing-per-ms': true } }, []);
    expect(view('serverless', 'en', ui).advisor).toBe('From the advisor’s answers: on — Cold start < 100 ms, Per-millisecond billing.');
    expect(view('serverless', 'zh', ui).advisor).toBe('来自决策向导的回答：启用 冷启动 < 100 ms、毫秒级计费。');
    ui = act.setRequirement(ui, input, 'cold-start-under-100ms', false);
    expect(view('serverless', 'en', ui).advisor).toBe('From the advisor’s answers: on — Per-millisecond billing; off — Cold start < 100 ms.');
    expect(view('serverless', 'en', act.restored(ui, { ...ui.state, fromAdvisor: [] }, [])).advisor).toBe('Your answers to the advisor set none of this case’s hard constraints.');
    expect(view('serverless', 'en', start('serverless')).advisor).toBeNull();
  });
});
