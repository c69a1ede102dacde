import type { WeightView } from './view-model';

interface Props {
  caseId: string;
  legend: string;
  weights: WeightView[];
  disabled: boolean;
  onWeight: (criterionId: string, text: string) => void;
}

/** A slider and a field per criterion weight, on one 0–100 scale, with its share and any problem beside it. */
export function WeightControls({ caseId, legend, weights, disabled, onWeight }: Props) {
  return (
    <fieldset class="weights">
      <legend>{legend}</legend>
      {weights.map((w) => {
        const id = `${caseId}-w-${w.id}`;
        const problemId = `${id}-problem`;
        return (
          <div class="weight" key={w.id}>
            <label for={id}>{w.label}</label>
            <input
              type="range"
              min="0"
              max="100"
              step="1"
              value={w.points}
              disabled={disabled}
              aria-label={w.sliderLabel}
              onInput={(e) => onWeight(w.id, e.currentTarget.value)}
            />
            <input
              id={id}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={w.text}
              disabled={disabled}
              data-weight={w.id}
              aria-invalid={w.problem ? 'true' : 'false'}
              aria-describedby={w.problem ? problemId : undefined}
              onInput={(e) => onWeight(w.id, e.currentTarget.value)}
            />
            <output for={id} class="weight-share">{w.share}</output>
            {w.problem && <p id={problemId} class="field-problem" data-problem>{w.problem}</p>}
          </div>
        );
      })}
    </fieldset>
  );
}
