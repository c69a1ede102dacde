import { useEffect, useMemo, useState } from 'preact/hooks';
import { parseField, type InputProblem } from '../../src/engine/calculators/parse-input';
import { MODELS } from '../../src/engine/calculators/registry';
import type { CalculatorSpec } from '../../src/engine/calculators/types';
import { defaultValues, type Ignored } from '../../src/engine/calculators/url-state';
import { formatNumber } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locale';
import { translator } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import { formatCell, unitLabel } from '../../src/present/calc-format';
import type { FieldSource } from './field-source';
import { NumberInput } from './NumberInput';
import { ResultTable } from './ResultTable';
import { useCalcHash } from './use-calc-hash';

interface Props {
  locale: Locale;
  /** This calculator's strings in the page's language (see Calculator.astro). */
  messages: Partial<Record<UiKey, string>>;
  spec: CalculatorSpec;
  sources: Record<string, FieldSource>;
}

const asText = (values: Record<string, number | string>) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));

/**
 * One case's calculator: inputs with their sources, the model's answer and a comparison table. Server-rendered
 * at the defaults; editable once hydrated. Bad input is flagged at its field and the last valid values stay in use.
 */
export default function CalculatorIsland({ locale, messages, spec, sources }: Props) {
  const tr = translator(messages);
  const model = MODELS[spec.id];
  const defaults = useMemo(() => defaultValues(spec), [spec]);
  const [values, setValues] = useState(defaults);
  const [raw, setRaw] = useState<Record<string, string>>(() => asText(defaults));
  const [problems, setProblems] = useState<Record<string, InputProblem>>({});
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  // Inputs stay disabled in the server render (they would do nothing without JavaScript).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useCalcHash(spec, values, (restored, dropped) => {
    setValues(restored);
    setRaw(asText(restored));
    setIgnored(dropped);
  });
  const result = useMemo(() => model?.compute(values), [model, values]);
  if (!model || !result) return null;

  const onNumber = (id: string, text: string) => {
    const field = spec.fields.find((f) => f.id === id);
    if (field?.kind !== 'number') return;
    setRaw((r) => ({ ...r, [id]: text }));
    const parsed = parseField(text, field);
    setProblems(({ [id]: _, ...rest }) => (parsed.ok ? rest : { ...rest, [id]: parsed.problem }));
    if (parsed.ok) setValues((v) => ({ ...v, [id]: parsed.value }));
  };
  const reset = () => {
    setValues(defaults);
    setRaw(asText(defaults));
    setProblems({});
    setIgnored([]);
  };

  return (
    <section class="calculator matrix not-content" data-calculator={spec.id} aria-label={tr('calc.ui.widget', { name: tr(`calc.${spec.id}.name` as UiKey) })}>
      {ignored.length > 0 && (
        <p class="matrix-message" role="alert" data-ignored>
          {tr('calc.ui.ignored', { items: ignored.map((i) => tr(`calc.ignore.${i.problem}` as UiKey, { setting: i.setting })).join('; ') })}
        </p>
      )}
      <p class="calc-output" aria-live="polite">
        <span>{tr(`calc.${spec.id}.output` as UiKey)}:</span>{' '}
        <strong data-output={result.output.value}>{formatCell(locale, tr, result.output.value, result.output.unit)}</strong>
      </p>
      <ResultTable locale={locale} tr={tr} calcId={spec.id} result={result} />
      <fieldset class="calc-inputs">
        <legend>{tr('calc.ui.inputs')}</legend>
        {spec.fields.map((field) => {
          const domId = `${spec.id}-${field.id}`;
          const label = tr(`calc.${spec.id}.${field.kind === 'choice' ? 'choice' : 'field'}.${field.id}` as UiKey);
          if (field.kind === 'choice') {
            return (
              <div class="calc-field" key={field.id}>
                <label for={domId}>{label}</label>
                <select id={domId} value={String(values[field.id])} disabled={!ready} data-field={field.id} onChange={(e) => {
                  const value = e.currentTarget.value;
                  setValues((v) => ({ ...v, [field.id]: value }));
                }}>
                  {field.options.map((o) => (
                    <option value={o} key={o}>{tr(`calc.${spec.id}.row.${o}` as UiKey)}</option>
                  ))}
                </select>
              </div>
            );
          }
          return (
            <NumberInput
              key={field.id}
              tr={tr}
              domId={domId}
              field={field}
              label={label}
              unit={unitLabel(tr, field.unit)}
              raw={raw[field.id] ?? ''}
              problem={problems[field.id]}
              range={{ min: formatNumber(locale, field.min, 8), max: formatNumber(locale, field.max, 8) }}
              source={sources[field.id]}
              disabled={!ready}
              onInput={(text) => onNumber(field.id, text)}
            />
          );
        })}
      </fieldset>
      <div class="matrix-toolbar">
        <button type="button" disabled={!ready} onClick={reset}>{tr('calc.ui.reset')}</button>
      </div>
    </section>
  );
}
