import { parseField, stepped, type InputProblem } from '../../src/engine/calculators/parse-input';
import type { NumberField } from '../../src/engine/calculators/types';
import type { Translate } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import type { FieldSource } from './field-source';

interface Props {
  tr: Translate;
  domId: string;
  field: NumberField;
  label: string;
  unit: string;
  raw: string;
  problem: InputProblem | undefined;
  range: { min: string; max: string };
  source: FieldSource | undefined;
  disabled: boolean;
  onInput: (raw: string) => void;
}

/**
 * One number input with its unit, where its default comes from, and the problem with what was typed.
 * A text input (so that any typing can be read and explained), with the arrow keys stepping like a number input.
 */
export function NumberInput({ tr, domId, field, label, unit, raw, problem, range, source, disabled, onInput }: Props) {
  const messageId = `${domId}-problem`;
  const sourceId = `${domId}-source`;
  return (
    <div class="calc-field">
      <label for={domId}>
        {label}
        {unit && <span class="calc-unit"> ({unit})</span>}
      </label>
      <input
        id={domId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={raw}
        disabled={disabled}
        data-field={field.id}
        aria-invalid={problem ? 'true' : 'false'}
        aria-describedby={problem ? `${messageId} ${sourceId}` : sourceId}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          const parsed = parseField(raw, field);
          if (!parsed.ok) return;
          e.preventDefault();
          onInput(String(stepped(parsed.value, field, e.key === 'ArrowUp' ? 1 : -1)));
        }}
      />
      <small id={sourceId} class="calc-source">
        {source?.kind === 'primary' && (
          <>
            {tr('calc.ui.sourcePrimary')} <a href={source.url} rel="noopener">{source.title}</a>
          </>
        )}
        {source?.kind === 'original' && <span class="claim-marker">{tr('calc.ui.sourceOriginal')}</span>}
        {source?.kind === 'assumed' && tr('calc.ui.sourceAssumed')}
      </small>
      {problem && (
        <p id={messageId} class="calc-problem" data-problem={problem}>
          {tr(`calc.problem.${problem}` as UiKey, range)}
        </p>
      )}
    </div>
  );
}
