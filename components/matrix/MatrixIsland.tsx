import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import { useHashState } from '../widget-kit/use-hash-state';
import { useSectionQuery } from '../widget-kit/use-section-query';
import * as act from './actions';
import type { AdrExportProps } from './adr-export';
import { matrixCodec } from './state';
import { matrixView } from './view-model';
import { ExportControls } from './ExportControls';
import { RequirementControl } from './RequirementControl';
import { RobustnessPanel } from './RobustnessPanel';
import { ScoreTable } from './ScoreTable';
import { SensitivityReportView } from './SensitivityReportView';
import { WeightControls } from './WeightControls';

interface Props extends AdrExportProps {
  /** This island's UI strings in the page's language (see CaseMatrix.astro). */
  messages: Partial<Record<UiKey, string>>;
}

/** The live decision matrix of one case. Server-rendered with the case defaults; editable once hydrated. */
export default function MatrixIsland(props: Props) {
  const { input, labels, messages } = props;
  const tr = translator(messages);
  const codec = useMemo(() => matrixCodec(input), [input]);
  const [ui, setUi] = useState(() => act.initialUi(input));
  // Controls stay disabled in the server render (they would do nothing without JavaScript).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useHashState('matrix', labels.caseId, codec, ui.state, (state, ignored) => setUi((u) => act.restored(u, state, ignored)));
  const calcQuery = useSectionQuery('calc', props.derive?.plan.calculator ?? '');
  useEffect(() => setUi((u) => act.calculatorRead(u, calcQuery)), [calcQuery]);
  // The calculator's scores: their code loads on first use, and they follow the calculator's inputs from then on.
  const { derive } = props;
  const calcScores = ui.state.source === 'calc' && derive !== undefined;
  useEffect(() => {
    if (!calcScores || !derive) return;
    let current = true;
    void import('./calculator-scores').then(({ scoresFromCalculator }) => {
      if (current) setUi((u) => act.derivedRead(u, calcQuery, scoresFromCalculator(derive, calcQuery)));
    });
    return () => {
      current = false;
    };
  }, [calcScores, calcQuery]);
  const view = useMemo(() => matrixView(props, ui, tr), [props, ui]);
  const update = (change: (u: act.MatrixUi) => act.MatrixUi) => setUi(change);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setUi((u) => ({ ...u, notice: { key: 'matrix.copied' } }));
    } catch {
      setUi((u) => ({ ...u, notice: { key: 'matrix.copyFailed' } }));
    }
  };
  const id = labels.caseId;

  return (
    <section class="matrix not-content" data-matrix={id} aria-label={view.widgetLabel}>
      {view.ignored && <p class="matrix-message" role="alert" data-ignored>{view.ignored}</p>}
      {view.advisor && <p class="matrix-message" data-from-advisor>{view.advisor}</p>}
      <WeightControls
        caseId={id}
        legend={view.weightsLegend}
        weights={view.weights}
        disabled={!ready}
        onWeight={(criterion, text) => update((u) => act.typeWeight(u, criterion, text))}
      />
      <ScoreTable
        tr={tr}
        view={view}
        disabled={!ready}
        onScore={(option, criterion, value) => update((u) => act.setScore(u, input, option, criterion, value))}
        onRemove={(option) => update((u) => act.removeOption(u, option))}
      />
      {view.scoreSource && (
        <fieldset class="score-source" data-score-source={view.scoreSource.source}>
          <legend>{view.scoreSource.legend}</legend>
          {view.scoreSource.options.map((o) => (
            <label key={o.value}>
              <input type="radio" name={`${id}-score-source`} value={o.value} checked={o.checked} disabled={!ready} onChange={() => update((u) => act.setScoreSource(u, o.value))} />
              {o.label}
            </label>
          ))}
          {view.scoreSource.rules.map((r) => <p key={r} class="score-rule-line">{r}</p>)}
          {view.scoreSource.changes && <p aria-live="polite" data-score-changes>{view.scoreSource.changes}</p>}
        </fieldset>
      )}
      <p class="matrix-summary" aria-live="polite" data-summary>
        {view.summary} <span class="matrix-original">{view.originalWinner}</span>
      </p>
      {view.removed.length > 0 && (
        <p class="matrix-removed">
          {tr('matrix.removed')}{' '}
          {view.removed.map((r) => (
            <button type="button" class="link-button" key={r.id} onClick={() => update((u) => act.restoreOption(u, r.id))}>{r.label}</button>
          ))}
        </p>
      )}
      <fieldset class="requirements">
        <legend>{tr('matrix.requirements')}</legend>
        {view.requirements.length === 0 && <p>{tr('matrix.noRequirements')}</p>}
        {view.requirements.map((r) => (
          <RequirementControl
            key={r.id}
            view={r}
            disabled={!ready}
            onSwitch={(on) => update((u) => act.setRequirement(u, input, r.id, on))}
            onThreshold={(text) => update((u) => act.typeThreshold(u, input, r.id, text))}
          />
        ))}
      </fieldset>
      <details class="matrix-sensitivity" open>
        <summary>{tr('matrix.sensitivity')}</summary>
        <SensitivityReportView report={view.sensitivity} withoutLabel={tr('sens.withoutConstraints')} />
      </details>
      <RobustnessPanel
        caseId={id}
        view={view.robustness}
        disabled={!ready}
        onSpread={(spread) => update((u) => act.setSpread(u, spread))}
        onWeightBand={(band) => update((u) => act.setWeightBand(u, band))}
      />
      <form class="matrix-add" aria-label={tr('matrix.addOption')} onSubmit={(e) => { e.preventDefault(); update((u) => act.addOption(u, input, view.optionNames)); }}>
        <label for={`${id}-new`}>{tr('matrix.optionName')}</label>
        <input id={`${id}-new`} type="text" maxLength={60} value={ui.newName} disabled={!ready} onInput={(e) => { const newName = e.currentTarget.value; update((u) => ({ ...u, newName })); }} />
        <button type="submit" disabled={!ready}>{tr('matrix.add')}</button>
      </form>
      <div class="matrix-toolbar">
        <button type="button" disabled={!ready} onClick={() => update((u) => act.reset(input, u))}>{tr('matrix.reset')}</button>
        <button type="button" disabled={!ready} onClick={() => copy(window.location.href)}>{tr('matrix.copyLink')}</button>
        <button type="button" disabled={!ready} onClick={() => copy(view.markdown(window.location.href))}>{tr('matrix.copyMarkdown')}</button>
        <ExportControls exportProps={props} ui={ui} tr={tr} disabled={!ready} onNotice={(notice) => setUi((u) => ({ ...u, notice }))} />
      </div>
      <p class="matrix-notice" role="status">{view.notice}</p>
    </section>
  );
}
