import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import { useHashState } from '../widget-kit/use-hash-state';
import * as act from './actions';
import { highlightTreePath } from './highlight';
import { advisorCodec } from './state';
import { advisorView, type AdvisorViewProps, type QuestionView } from './view-model';

interface Props extends AdvisorViewProps {
  /** This island's UI strings in the page's language (see ADVISOR_MESSAGES). */
  messages: Partial<Record<UiKey, string>>;
}

/** The scenario advisor: questions in, recommendation and the rules that fired out. */
export default function AdvisorIsland(props: Props) {
  const tr = translator(props.messages);
  const [ui, setUi] = useState(act.initialAdvisorUi);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useHashState('advisor', '', advisorCodec, ui.input, (input, ignored) => setUi(act.restoredAdvisor(input, ignored)));
  const view = useMemo(() => advisorView(props, ui, tr), [props, ui]);
  useEffect(() => highlightTreePath(view.path), [view.leafId, view.path.join()]);

  const control = (q: QuestionView) => {
    if (q.kind === 'flag') {
      return (
        <label class="advisor-flag" key={q.field}>
          <input type="checkbox" checked={q.checked} disabled={!ready} data-field={q.field} onChange={(e) => { const on = e.currentTarget.checked; setUi((u) => act.answer(u, q.field, on as never)); }} />
          {q.label}
        </label>
      );
    }
    if (q.kind === 'choice') {
      return (
        <div class="advisor-field" key={q.field}>
          <label for={q.domId}>{q.label}</label>
          <select id={q.domId} value={q.value} disabled={!ready} data-field={q.field} onChange={(e) => { const value = e.currentTarget.value; setUi((u) => act.answer(u, q.field, value as never)); }}>
            {q.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
      );
    }
    const problemId = `${q.domId}-problem`;
    return (
      <div class="advisor-field" key={q.field}>
        <label for={q.domId}>{q.label}</label>
        <input
          id={q.domId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={q.text}
          disabled={!ready}
          data-field={q.field}
          aria-invalid={q.problem ? 'true' : 'false'}
          aria-describedby={q.problem ? problemId : undefined}
          onInput={(e) => { const text = e.currentTarget.value; setUi((u) => act.typeAnswer(u, q.field, text)); }}
        />
        {q.problem && <p id={problemId} class="field-problem" data-problem>{q.problem}</p>}
      </div>
    );
  };

  return (
    <section class="advisor not-content" data-advisor aria-label={tr('advisor.title')}>
      {view.ignored && <p class="matrix-message" role="alert" data-ignored>{view.ignored}</p>}
      {/* The summary stays in view while the questions do (sticky within this block), so that every answer shows its effect. */}
      <div class="advisor-ask">
        <div class="advisor-summary" data-advisor-summary>
          <span>{view.heads.recommended}<strong data-summary-recommendation>{view.recommended}</strong></span>
          {view.summary.map((n) => <span key={n.kind} class="advisor-badge" data-summary-note={n.kind}>⚠ {n.text}</span>)}
        </div>
        <fieldset class="advisor-questions">
          <legend>{tr('advisor.questions')}</legend>
          {view.questions.map(control)}
        </fieldset>
      </div>
      <div class="advisor-result" aria-live="polite" data-leaf={view.leafId}>
        <p class="advisor-recommendation">
          {view.heads.recommended}<strong data-recommendation>{view.recommended}</strong>
        </p>
        <p>{view.heads.alternative}<span data-alternative>{view.alternative}</span></p>
        <p>{view.heads.factors}{view.factors}</p>
        <p>
          {view.heads.rows}{view.rows}
          {view.caseLink && <> · <a href={view.caseLink.href} data-case-link>{view.caseLink.label}</a></>}
        </p>
        {view.unmet.length > 0 && (
          <div class="advisor-unmet" data-unmet-list>
            <p><strong>⚠ {view.unmetHead}</strong></p>
            <ul>
              {view.unmet.map((u) => (
                <li key={u.id} data-unmet={u.id}>
                  <p>{u.text}</p>
                  <p class="advisor-nearest" data-nearest={u.nearestLeaf ?? ''}>{u.nearest}</p>
                </li>
              ))}
            </ul>
          </div>
        )}
        {view.conflicts.length > 0 && (
          <div class="advisor-conflicts" role="alert" data-conflicts>
            <p><strong>⚠ {tr('advisor.conflicts')}</strong></p>
            <ul>{view.conflicts.map((c) => <li key={c.id} data-conflict={c.id}>{c.text}</li>)}</ul>
          </div>
        )}
        <details open>
          <summary>{tr('advisor.why')}</summary>
          <ol class="advisor-why">
            {view.fired.map((f) => <li key={f.edgeId} data-fired={f.edgeId}>{f.text}</li>)}
          </ol>
          <p class="advisor-path-note">{tr('advisor.pathNote')}</p>
        </details>
      </div>
      <div class="matrix-toolbar">
        <button type="button" disabled={!ready} onClick={() => setUi(act.initialAdvisorUi())}>{tr('advisor.reset')}</button>
      </div>
    </section>
  );
}
