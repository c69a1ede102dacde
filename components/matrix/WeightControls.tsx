import { formatPercent } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';

interface Props {
  locale: Locale;
  tr: Translate;
  caseId: string;
  criteria: { id: string; label: string; weight: number; fraction: number | null }[];
  disabled: boolean;
  onWeight: (criterionId: string, raw: string) => void;
}

/** A slider and a number per criterion weight, with its normalised share. */
export function WeightControls({ locale, tr, caseId, criteria, disabled, onWeight }: Props) {
  return (
    <fieldset class="weights">
      <legend>{tr('matrix.weight')}</legend>
      {criteria.map((c) => {
        const id = `${caseId}-w-${c.id}`;
        return (
          <div class="weight" key={c.id}>
            <label for={id}>{c.label}</label>
            <input
              type="range"
              min="0"
              max="1"
              step="0.05"
              value={Math.min(c.weight, 1)}
              disabled={disabled}
              aria-label={tr('matrix.weightSlider', { criterion: c.label })}
              onInput={(e) => onWeight(c.id, e.currentTarget.value)}
            />
            <input
              id={id}
              type="number"
              min="0"
              max="100"
              step="0.05"
              inputMode="decimal"
              value={c.weight}
              disabled={disabled}
              data-weight={c.id}
              onChange={(e) => onWeight(c.id, e.currentTarget.value)}
            />
            <output for={id} class="weight-share">
              {c.fraction === null ? '–' : tr('matrix.share', { percent: formatPercent(locale, c.fraction) })}
            </output>
          </div>
        );
      })}
    </fieldset>
  );
}
