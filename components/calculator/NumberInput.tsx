import type { Translate } from '../../src/i18n/translate';
import type { FieldView } from './view-model';

interface Props {
  tr: Translate;
  field: Extract<FieldView, { kind: 'number' }>;
  disabled: boolean;
  onInput: (text: string) => void;
  /** One step up (1) or down (−1); false when the field's text is not a number to step from. */
  onStep: (direction: 1 | -1) => boolean;
}

/**
 * One number input with its unit, where its default comes from, and the problem with what was typed.
 * A text input (so that any typing can be read and explained), with the arrow keys stepping like a number input.
 */
export function NumberInput({ tr, field, disabled, onInput, onStep }: Props) {
  const messageId = `${field.domId}-problem`;
  const sourceId = `${field.domId}-source`;
  const source = field.source;
  return (
    <div class="calc-field">
      <label for={field.domId}>
        {field.label}
        {field.unit && <span class="calc-unit">{field.unit}</span>}
      </label>
      <input
        id={field.domId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={field.text}
        disabled={disabled}
        data-field={field.id}
        aria-invalid={field.problem ? 'true' : 'false'}
        aria-describedby={field.problem ? `${messageId} ${sourceId}` : sourceId}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && onStep(e.key === 'ArrowUp' ? 1 : -1)) e.preventDefault();
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
      {field.problem && (
        <p id={messageId} class="calc-problem field-problem" data-problem={field.problemCode}>
          {field.problem}
        </p>
      )}
    </div>
  );
}
