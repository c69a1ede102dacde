import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import { useHashState } from '../widget-kit/use-hash-state';
import * as act from './actions';
import { NumberInput } from './NumberInput';
import { ResultTable } from './ResultTable';
import { calcCodec } from './state';
import { calcView, type CalcViewProps } from './view-model';

interface Props extends CalcViewProps {
  /** This calculator's strings in the page's language (see calculatorMessages). */
  messages: Partial<Record<UiKey, string>>;
}

/**
 * One case's calculator: inputs with their sources, the model's answer and a comparison table. Server-rendered
 * at the defaults; editable once hydrated. Bad input is flagged at its field and the last valid values stay in use.
 */
export default function CalculatorIsland(props: Props) {
  const { spec, messages } = props;
  const tr = translator(messages);
  const codec = useMemo(() => calcCodec(spec), [spec]);
  const [ui, setUi] = useState(() => act.initialCalcUi(spec));
  // Inputs stay disabled in the server render (they would do nothing without JavaScript).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useHashState('calc', spec.id, codec, ui.values, (values, ignored) => setUi(act.restoredCalc(values, ignored)));
  const view = useMemo(() => calcView(props, ui, tr), [props, ui]);
  if (!view) return null;

  return (
    <section class="calculator matrix not-content" data-calculator={spec.id} aria-label={view.widgetLabel}>
      {view.ignored && <p class="matrix-message" role="alert" data-ignored>{view.ignored}</p>}
      <p class="calc-output" aria-live="polite">
        <span>{view.output.label}</span><strong data-output={view.output.value}>{view.output.text}</strong>
      </p>
      {view.remark && <p class="calc-remark" data-remark>{view.remark}</p>}
      <ResultTable view={view} selectedLabel={tr('calc.ui.selected')} />
      <fieldset class="calc-inputs">
        <legend>{tr('calc.ui.inputs')}</legend>
        {view.fields.map((field) =>
          field.kind === 'choice' ? (
            // Radio buttons rather than a select: each option's full text wraps to the width there is.
            <fieldset class="calc-field calc-choice" key={field.id} data-field={field.id}>
              <legend>{field.label}</legend>
              {field.options.map((o) => (
                <label key={o.value}>
                  <input
                    type="radio"
                    name={field.domId}
                    value={o.value}
                    checked={o.value === field.value}
                    disabled={!ready}
                    onChange={() => setUi((u) => act.choose(u, spec, field.id, o.value))}
                  />
                  <span>{o.label}</span>
                </label>
              ))}
            </fieldset>
          ) : (
            <NumberInput
              key={field.id}
              tr={tr}
              field={field}
              disabled={!ready}
              onInput={(text) => setUi((u) => act.typeNumber(u, spec, field.id, text))}
              onStep={(direction) => {
                const next = act.stepNumber(ui, spec, field.id, direction);
                if (next) setUi(next);
                return next !== null;
              }}
            />
          ),
        )}
      </fieldset>
      <div class="matrix-toolbar">
        <button type="button" disabled={!ready} onClick={() => setUi(act.initialCalcUi(spec))}>{tr('calc.ui.reset')}</button>
      </div>
    </section>
  );
}
