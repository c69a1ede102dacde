import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  ADVISOR_FIELD_NAMES,
  ADVISOR_FIELDS,
  advise,
  decodeAdvisorInput,
  DEFAULT_ADVISOR_INPUT,
  encodeAdvisorInput,
  type AdvisorField,
  type AdvisorInput,
} from '../../src/engine/advisor';
import type { Locale } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import type { DecisionTree, ScenarioRow } from '../../src/schemas/rules';
import { highlightTreePath } from './highlight';

interface Props {
  locale: Locale;
  /** This island's UI strings in the page's language (see ADVISOR_MESSAGES). */
  messages: Partial<Record<UiKey, string>>;
  tree: DecisionTree;
  scenarios: ScenarioRow[];
  /** Case id → page URL in this locale. */
  caseUrls: Record<string, string>;
  caseTitles: Record<string, string>;
}

const HASH = 'advisor';

/** The state part of the hash when it belongs to the advisor (`#advisor&device=usb…`), else null. */
function advisorQuery(hash: string): string | null {
  const body = hash.replace(/^#/, '');
  return body === HASH || body.startsWith(`${HASH}&`) ? body.slice(HASH.length + 1) : null;
}

/** The scenario advisor: questions in, recommendation and the rules that fired out. */
export default function AdvisorIsland({ locale, messages, tree, scenarios, caseUrls, caseTitles }: Props) {
  const tr = translator(messages);
  const [input, setInput] = useState<AdvisorInput>({ ...DEFAULT_ADVISOR_INPUT });
  const [ignored, setIgnored] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [ready, setReady] = useState(false);
  const loaded = useRef(false);
  const advice = useMemo(() => advise(tree, scenarios, input), [tree, scenarios, input]);

  useEffect(() => {
    highlightTreePath(advice.path);
    if (!loaded.current) return;
    const query = encodeAdvisorInput(input).toString();
    const next = query ? `#${HASH}&${query}` : advisorQuery(window.location.hash) === null ? window.location.hash : '';
    if (next !== window.location.hash) history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${next}`);
  }, [advice, input]);
  // After the writer, so that on mount the writer skips and the hash is read first.
  useEffect(() => {
    const query = advisorQuery(window.location.hash);
    if (query !== null) {
      const decoded = decodeAdvisorInput(query);
      setInput(decoded.input);
      setIgnored(decoded.ignored);
    }
    loaded.current = true;
    setReady(true);
  }, []);

  const set = <K extends AdvisorField>(field: K, value: AdvisorInput[K]) => {
    setNotice('');
    setInput((current) => ({ ...current, [field]: value }));
  };
  const setNumber = (field: 'services' | 'coldStartMs', raw: string) => {
    const spec = ADVISOR_FIELDS[field];
    if (spec.kind !== 'number') return;
    if (raw.trim() === '' && spec.nullable) return set(field, null as never);
    const value = Number(raw);
    if (!Number.isFinite(value) || value < spec.min || value > spec.max || (spec.integer && !Number.isInteger(value))) {
      setNotice(tr('advisor.invalidNumber', { field: tr(`advisor.q.${field}`), min: spec.min, max: spec.max }));
      return;
    }
    set(field, value as never);
  };
  const id = (field: AdvisorField) => `advisor-${field}`;
  const label = (field: AdvisorField) => tr(`advisor.q.${field}` as UiKey);

  const control = (field: AdvisorField) => {
    const spec = ADVISOR_FIELDS[field];
    const value = input[field];
    if (spec.kind === 'flag') {
      return (
        <label class="advisor-flag" key={field}>
          <input type="checkbox" checked={value === true} disabled={!ready} data-field={field} onChange={(e) => set(field, e.currentTarget.checked as never)} />
          {label(field)}
        </label>
      );
    }
    if (spec.kind === 'choice') {
      return (
        <div class="advisor-field" key={field}>
          <label for={id(field)}>{label(field)}</label>
          <select id={id(field)} value={String(value)} disabled={!ready} data-field={field} onChange={(e) => set(field, e.currentTarget.value as never)}>
            {spec.values.map((v) => <option key={v} value={v}>{tr(`${choicePrefix[field]}.${v}` as UiKey)}</option>)}
          </select>
        </div>
      );
    }
    return (
      <div class="advisor-field" key={field}>
        <label for={id(field)}>{label(field)}</label>
        <input
          id={id(field)}
          type="number"
          min={spec.min}
          max={spec.max}
          step={spec.integer ? 1 : 'any'}
          value={value === null ? '' : String(value)}
          disabled={!ready}
          data-field={field}
          onChange={(e) => setNumber(field as 'services' | 'coldStartMs', e.currentTarget.value)}
        />
      </div>
    );
  };

  return (
    <section class="advisor not-content" data-advisor aria-label={tr('advisor.title')}>
      {ignored.length > 0 && (
        <p class="matrix-message" role="alert" data-ignored>
          {tr('advisor.ignored', { items: ignored.map((key) => (Object.hasOwn(ADVISOR_FIELDS, key) ? label(key as AdvisorField) : key)).join('; ') })}
        </p>
      )}
      <fieldset class="advisor-questions">
        <legend>{tr('advisor.questions')}</legend>
        {ADVISOR_FIELD_NAMES.map(control)}
      </fieldset>
      <div class="advisor-result" aria-live="polite" data-leaf={advice.leafId}>
        <p class="advisor-recommendation">
          {tr('advisor.recommended')}: <strong data-recommendation>{advice.recommended[locale]}</strong>
        </p>
        <p>{tr('advisor.alternative')}: <span data-alternative>{advice.alternative[locale]}</span></p>
        <p>{tr('advisor.factors')}: {advice.keyFactors.map((f) => f[locale]).join(locale === 'zh' ? '、' : ', ')}</p>
        <p>
          {tr('advisor.rows')}:{' '}
          {advice.scenarioRows.length === 0 ? tr('advisor.noRow') : advice.scenarioRows.map((r) => r.scenario[locale]).join(locale === 'zh' ? '、' : ', ')}
          {advice.case && caseUrls[advice.case] && (
            <> · <a href={caseUrls[advice.case]} data-case-link>{tr('advisor.case', { case: caseTitles[advice.case] ?? advice.case })}</a></>
          )}
        </p>
        {advice.conflicts.length > 0 && (
          <div class="advisor-conflicts" role="alert" data-conflicts>
            <p><strong>⚠ {tr('advisor.conflicts')}</strong></p>
            <ul>{advice.conflicts.map((c) => <li key={c.id} data-conflict={c.id}>{c.message[locale]}</li>)}</ul>
          </div>
        )}
        <details open>
          <summary>{tr('advisor.why')}</summary>
          <ol class="advisor-why">
            {advice.fired.map((f) => <li key={f.edgeId} data-fired={f.edgeId}>{f.reason[locale]}</li>)}
          </ol>
          <p class="advisor-path-note">{tr('advisor.pathNote')}</p>
        </details>
      </div>
      <div class="matrix-toolbar">
        <button type="button" disabled={!ready} onClick={() => { setIgnored([]); setInput({ ...DEFAULT_ADVISOR_INPUT }); }}>{tr('advisor.reset')}</button>
      </div>
      <p class="matrix-notice" role="status">{notice}</p>
    </section>
  );
}

/** The i18n key prefix of each choice field's values. */
const choicePrefix: Partial<Record<AdvisorField, string>> = {
  device: 'device',
  isolation: 'isolation',
  kernel: 'kernel',
  resources: 'resources',
  billing: 'billing',
};
