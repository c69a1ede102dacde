import type { RequirementView } from './view-model';

interface Props {
  view: RequirementView;
  disabled: boolean;
  onSwitch: (on: boolean) => void;
  onThreshold: (text: string) => void;
}

/** One hard constraint: its switch, and its threshold as a field in the requirement's unit ("< [100] ms"). */
export function RequirementControl({ view: r, disabled, onSwitch, onThreshold }: Props) {
  const { domId, fieldLabel, comparator, unit, text, problem } = r.threshold;
  const problemId = `${domId}-problem`;
  return (
    <div class="requirement">
      <label class="requirement-switch">
        <input type="checkbox" checked={r.active} disabled={disabled} data-requirement={r.id} onChange={(e) => onSwitch(e.currentTarget.checked)} />
        {r.label}
      </label>
      <span class="requirement-threshold">
        <span aria-hidden="true">{comparator}</span>
        <input
          id={domId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          disabled={disabled}
          aria-label={fieldLabel}
          data-threshold={r.id}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={problem ? problemId : undefined}
          onInput={(e) => onThreshold(e.currentTarget.value)}
        />
        <span aria-hidden="true">{unit}</span>
      </span>
      {problem && <p id={problemId} class="field-problem" data-problem>{problem}</p>}
    </div>
  );
}
