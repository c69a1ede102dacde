import type { ChoiceView, RobustnessView } from './robustness-view';

interface Props {
  caseId: string;
  view: RobustnessView;
  disabled: boolean;
  onSpread: (spread: number) => void;
  onWeightBand: (band: number) => void;
}

function Choice({ id, name, choice, disabled, onChange }: { id: string; name: string; choice: ChoiceView; disabled: boolean; onChange: (value: number) => void }) {
  return (
    <div class="uncertainty-choice">
      <label for={id}>{choice.label}</label>
      <select id={id} data-uncertainty={name} value={String(choice.value)} disabled={disabled} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {choice.choices.map((c) => <option key={c.value} value={String(c.value)}>{c.label}</option>)}
      </select>
    </div>
  );
}

/** How often each option wins when scores (and weights) vary, the verdict with its thresholds, and the smallest flips. */
export function RobustnessPanel({ caseId, view, disabled, onSpread, onWeightBand }: Props) {
  return (
    <details class="matrix-robustness" open data-robustness={view.verdict ?? 'none'}>
      <summary>{view.title}</summary>
      <p class="robustness-summary" data-verdict={view.verdict ?? undefined}>{view.summary}</p>
      {view.odds.length > 0 && (
        <ul class="robustness-odds" aria-label={view.oddsLabel}>
          {view.odds.map((o) => (
            <li key={o.id} data-odds={o.id} data-win-probability={String(o.probability)}>
              <span class="odds-name">{o.name}</span>
              <span class="odds-bar" aria-hidden="true">
                <span style={{ width: `${o.probability * 100}%` }} />
              </span>
              <span class="odds-value">{o.text}</span>
            </li>
          ))}
        </ul>
      )}
      {view.flips.length > 0 && (
        <ul class="robustness-flips">
          {view.flips.map((text) => <li key={text}>{text}</li>)}
        </ul>
      )}
      <fieldset class="uncertainty">
        <legend>{view.controlsLegend}</legend>
        <Choice id={`${caseId}-spread`} name="spread" choice={view.spread} disabled={disabled} onChange={onSpread} />
        <Choice id={`${caseId}-weight-band`} name="weight-band" choice={view.weightBand} disabled={disabled} onChange={onWeightBand} />
      </fieldset>
      {view.assumption && <p class="robustness-note">{view.assumption}</p>}
      {view.ranges.length > 0 && (
        <ul class="robustness-note robustness-ranges" aria-label={view.rangesLabel} data-score-ranges>
          {view.ranges.map((text) => <li key={text}>{text}</li>)}
        </ul>
      )}
      <p class="robustness-note" data-thresholds>{view.thresholds}</p>
    </details>
  );
}
