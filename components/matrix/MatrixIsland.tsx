import { useEffect, useMemo, useState } from 'preact/hooks';
import { evaluateMatrix } from '../../src/engine/matrix';
import { applyState, type MatrixInput } from '../../src/engine/matrix-input';
import { analyseSensitivity } from '../../src/engine/sensitivity';
import { cleanName, defaultState, MAX_ADDED, nextAddedId, WEIGHT_MAX, type Ignored, type MatrixState } from '../../src/engine/state';
import type { Locale } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import { matrixMarkdown } from '../../src/present/matrix-markdown';
import { matrixSummary } from '../../src/present/matrix-summary';
import type { MatrixLabels } from '../../src/present/matrix-view';
import { sensitivityLine } from '../../src/present/sensitivity-text';
import { ScoreTable } from './ScoreTable';
import { SensitivityList } from './SensitivityList';
import { useHashState } from './use-hash-state';
import { WeightControls } from './WeightControls';

interface Props {
  locale: Locale;
  /** This island's UI strings in the page's language (see MATRIX_MESSAGES). */
  messages: Partial<Record<UiKey, string>>;
  labels: MatrixLabels;
  input: MatrixInput;
}

/** The live decision matrix of one case. Server-rendered with the case defaults; editable once hydrated. */
export default function MatrixIsland({ locale, messages, labels, input }: Props) {
  const tr = translator(messages);
  const [state, setState] = useState<MatrixState>(() => defaultState(input));
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  const [notice, setNotice] = useState('');
  const [newName, setNewName] = useState('');
  // Controls stay disabled in the server render (they would do nothing without JavaScript).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useHashState(labels.caseId, input, state, (restored, dropped) => {
    setState(restored);
    setIgnored(dropped);
  });

  const current = useMemo(() => applyState(input, state), [input, state]);
  const result = useMemo(() => evaluateMatrix(current), [current]);
  const sensitivity = useMemo(() => analyseSensitivity(current, result), [current, result]);

  const addedName = new Map(state.added.map((a) => [a.id, a.name]));
  const optionName = (id: string) => labels.options[id] ?? addedName.get(id) ?? id;
  const criterionName = (id: string) => labels.criteria[id] ?? id;
  const summary = matrixSummary(locale, tr, result, optionName);
  const fractions = new Map(result.ok ? result.weights.map((w) => [w.id, w.fraction]) : []);
  const lines = sensitivity.ok
    ? sensitivity.criteria.map((s) => sensitivityLine(locale, tr, s, criterionName(s.criterionId), optionName))
    : [];

  const update = (change: (s: MatrixState) => MatrixState) => {
    setNotice('');
    setState((s) => change(s));
  };
  const onWeight = (id: string, raw: string) => {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || value > WEIGHT_MAX) {
      setNotice(tr('matrix.weightRange', { criterion: criterionName(id), max: WEIGHT_MAX }));
      return;
    }
    update((s) => ({ ...s, weights: { ...s.weights, [id]: value } }));
  };
  const onScore = (optionId: string, criterionId: string, raw: string) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 5) return;
    update((s) => {
      const added = s.added.find((a) => a.id === optionId);
      if (added) {
        return { ...s, added: s.added.map((a) => (a === added ? { ...a, scores: { ...a.scores, [criterionId]: value } } : a)) };
      }
      const base = input.options.find((o) => o.id === optionId)?.scores[criterionId];
      const scores = { ...s.scores, [`${optionId}:${criterionId}`]: value };
      if (base === value) delete scores[`${optionId}:${criterionId}`];
      return { ...s, scores };
    });
  };
  const onRequirement = (id: string, active: boolean) => {
    const base = input.requirements.find((r) => r.id === id)?.active;
    update((s) => {
      const requirements = { ...s.requirements, [id]: active };
      if (base === active) delete requirements[id];
      return { ...s, requirements };
    });
  };
  const onRemove = (id: string) =>
    update((s) =>
      s.added.some((a) => a.id === id)
        ? { ...s, added: s.added.filter((a) => a.id !== id) }
        : { ...s, removed: [...s.removed, id] },
    );
  const onAdd = (event: Event) => {
    event.preventDefault();
    const name = cleanName(newName);
    if (name === '') return setNotice(tr('matrix.nameRequired'));
    if (state.added.length >= MAX_ADDED) return setNotice(tr('matrix.tooMany', { max: MAX_ADDED }));
    const scores = Object.fromEntries(input.criteria.map((c) => [c.id, 3]));
    update((s) => ({ ...s, added: [...s.added, { id: nextAddedId(s), name, scores }] }));
    setNewName('');
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice(tr('matrix.copied'));
    } catch {
      setNotice(tr('matrix.copyFailed'));
    }
  };
  const markdown = () =>
    matrixMarkdown({ locale, tr, title: labels.title, input: current, result, criterionName, optionName, summary, url: window.location.href });

  const rows = current.options.map((o, i) => ({
    id: o.id,
    name: optionName(o.id),
    userAdded: addedName.has(o.id),
    scores: o.scores as Record<string, number>,
    result: result.ok ? result.options[i] : undefined,
  }));
  const removed = state.removed.filter((id) => labels.options[id] !== undefined);

  return (
    <section class="matrix not-content" data-matrix={labels.caseId} aria-label={tr('matrix.widget', { case: labels.title })}>
      {ignored.length > 0 && (
        <p class="matrix-message" role="alert" data-ignored>
          {tr('matrix.ignored', { items: ignored.map((i) => tr(`matrix.ignore.${i.problem}`, { setting: i.setting })).join('; ') })}
        </p>
      )}
      <WeightControls
        locale={locale}
        tr={tr}
        caseId={labels.caseId}
        criteria={current.criteria.map((c) => ({ id: c.id, label: criterionName(c.id), weight: c.weight, fraction: fractions.get(c.id) ?? null }))}
        disabled={!ready}
        onWeight={onWeight}
      />
      <ScoreTable
        locale={locale}
        tr={tr}
        title={labels.title}
        criteria={current.criteria.map((c) => ({ id: c.id, label: criterionName(c.id) }))}
        rows={rows}
        winner={result.ok ? result.winner : null}
        requirementName={(id) => labels.requirements[id] ?? id}
        disabled={!ready}
        onScore={onScore}
        onRemove={onRemove}
      />
      <p class="matrix-summary" aria-live="polite" data-summary>
        {summary} <span class="matrix-original">{tr('matrix.originalWinner', { option: optionName(labels.originalWinner) })}</span>
      </p>
      {removed.length > 0 && (
        <p class="matrix-removed">
          {tr('matrix.removed')}{' '}
          {removed.map((id) => (
            <button type="button" class="link-button" key={id} onClick={() => update((s) => ({ ...s, removed: s.removed.filter((r) => r !== id) }))}>
              {tr('matrix.restore', { option: optionName(id) })}
            </button>
          ))}
        </p>
      )}
      <fieldset class="requirements">
        <legend>{tr('matrix.requirements')}</legend>
        {current.requirements.length === 0 && <p>{tr('matrix.noRequirements')}</p>}
        {current.requirements.map((r) => (
          <label key={r.id} class="requirement">
            <input type="checkbox" checked={r.active} disabled={!ready} data-requirement={r.id} onChange={(e) => onRequirement(r.id, e.currentTarget.checked)} />
            {labels.requirements[r.id] ?? r.id}
          </label>
        ))}
      </fieldset>
      <details class="matrix-sensitivity" open>
        <summary>{tr('matrix.sensitivity')}</summary>
        {lines.length > 0 ? <SensitivityList lines={lines} /> : <p>{tr('sens.none')}</p>}
      </details>
      <form class="matrix-add" aria-label={tr('matrix.addOption')} onSubmit={onAdd}>
        <label for={`${labels.caseId}-new`}>{tr('matrix.optionName')}</label>
        <input id={`${labels.caseId}-new`} type="text" maxLength={60} value={newName} disabled={!ready} onInput={(e) => setNewName(e.currentTarget.value)} />
        <button type="submit" disabled={!ready}>{tr('matrix.add')}</button>
      </form>
      <div class="matrix-toolbar">
        <button type="button" disabled={!ready} onClick={() => { setIgnored([]); update(() => defaultState(input)); }}>{tr('matrix.reset')}</button>
        <button type="button" disabled={!ready} onClick={() => copy(window.location.href)}>{tr('matrix.copyLink')}</button>
        <button type="button" disabled={!ready} onClick={() => copy(markdown())}>{tr('matrix.copyMarkdown')}</button>
      </div>
      <p class="matrix-notice" role="status">{notice}</p>
    </section>
  );
}
