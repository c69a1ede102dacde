import { parseField, type InputProblem } from '../../src/engine/calculators/parse-input';
import { ADVISOR_FIELDS, DEFAULT_ADVISOR_INPUT, type AdvisorField, type AdvisorInput } from '../../src/engine/advisor-fields';
import type { Ignored } from '../widget-kit/params';
import { numberField } from './state';

/** Everything the advisor island holds, and the pure transitions its questions trigger. */
export interface AdvisorUi {
  input: AdvisorInput;
  /** Number answers as typed: invalid text stays in its field with its problem, the last valid answer in use. */
  drafts: Partial<Record<AdvisorField, { text: string; problem: InputProblem }>>;
  ignored: Ignored[];
}

export function initialAdvisorUi(): AdvisorUi {
  return { input: { ...DEFAULT_ADVISOR_INPUT }, drafts: {}, ignored: [] };
}

export function restoredAdvisor(input: AdvisorInput, ignored: Ignored[]): AdvisorUi {
  return { input, drafts: {}, ignored };
}

/** A choice or a flag answered. */
export function answer<K extends AdvisorField>(ui: AdvisorUi, field: K, value: AdvisorInput[K]): AdvisorUi {
  return { ...ui, input: { ...ui.input, [field]: value } };
}

/** A number typed; an empty field means "no target" where the question allows it. Takes effect as it is typed. */
export function typeAnswer(ui: AdvisorUi, field: AdvisorField, text: string): AdvisorUi {
  const spec = ADVISOR_FIELDS[field];
  if (spec.kind !== 'number') return ui;
  const { [field]: _, ...drafts } = ui.drafts;
  if (text.trim() === '' && spec.nullable) return { ...ui, drafts, input: { ...ui.input, [field]: null } };
  const parsed = parseField(text, numberField(spec));
  if (!parsed.ok) return { ...ui, drafts: { ...drafts, [field]: { text, problem: parsed.problem } } };
  return { ...ui, drafts, input: { ...ui.input, [field]: parsed.value } };
}
