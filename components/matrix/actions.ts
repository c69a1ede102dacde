import { parseField, type InputProblem } from '../../src/engine/calculators/parse-input';
import type { NumberField } from '../../src/engine/calculators/types';
import type { DerivedScore } from '../../src/engine/derived-scores';
import type { MatrixInput } from '../../src/engine/matrix-input';
import type { UiKey } from '../../src/i18n/ui';
import type { Ignored } from '../widget-kit/params';
import { cleanName, defaultState, MAX_ADDED, nextAddedId, SCORE_SOURCES, SPREADS, thresholdField, WEIGHT_BANDS, WEIGHT_MAX, type MatrixState, type ScoreSource } from './state';

/**
 * Everything the matrix island holds, and the pure transitions between states that its controls trigger.
 * The island only calls these; matrixView (view-model.ts) turns the result into what is shown.
 */
export interface MatrixUi {
  state: MatrixState;
  /** What the link held that could not be used. */
  ignored: Ignored[];
  /** Weight fields whose text is not a valid weight: the text as typed and the problem with it. */
  drafts: Record<string, { text: string; problem: InputProblem }>;
  /** The same for threshold fields, by requirement. */
  thresholdDrafts: Record<string, { text: string; problem: InputProblem }>;
  /** The name being typed for a new option. */
  newName: string;
  /** A message about the last action (copied, name missing, …); null when there is none. */
  notice: { key: UiKey; vars?: Record<string, string | number> } | null;
  /** The page calculator's section of the hash, as last read (null: none, or not read yet); see setScoreSource. */
  calcQuery: string | null;
  /**
   * The calculator's scores at `calcQuery`, once computed; null before. The code that computes them loads only
   * when the reader asks for them (see calculator-scores.ts), so the island fills this in.
   */
  derived: DerivedScore[] | null;
}

/** Weights are shown and typed as points from 0 to 100, one scale for the slider and the field. */
export const POINTS_PER_WEIGHT = 100 / WEIGHT_MAX;
export const WEIGHT_FIELD: NumberField = { kind: 'number', id: 'weight', value: 0, min: 0, max: 100, step: 1, integer: false, unit: 'count' };

export function initialUi(input: MatrixInput): MatrixUi {
  return { state: defaultState(input), ignored: [], drafts: {}, thresholdDrafts: {}, newName: '', notice: null, calcQuery: null, derived: null };
}

/** The state a link carried, with what it could not use. */
export function restored(ui: MatrixUi, state: MatrixState, ignored: Ignored[]): MatrixUi {
  return { ...ui, state, ignored, drafts: {}, thresholdDrafts: {}, notice: null };
}

const withState = (ui: MatrixUi, state: MatrixState): MatrixUi => ({ ...ui, state, notice: null });

/** A weight typed or slid, in points. Invalid text stays in its field with its problem; the last valid weight stays in use. */
export function typeWeight(ui: MatrixUi, criterionId: string, text: string): MatrixUi {
  const parsed = parseField(text, WEIGHT_FIELD);
  const { [criterionId]: _, ...drafts } = ui.drafts;
  if (!parsed.ok) return { ...ui, drafts: { ...drafts, [criterionId]: { text, problem: parsed.problem } }, notice: null };
  return { ...withState(ui, { ...ui.state, weights: { ...ui.state.weights, [criterionId]: parsed.value / POINTS_PER_WEIGHT } }), drafts };
}

export function setScore(ui: MatrixUi, input: MatrixInput, optionId: string, criterionId: string, value: number): MatrixUi {
  if (!Number.isInteger(value) || value < 1 || value > 5) return ui;
  const s = ui.state;
  const added = s.added.find((a) => a.id === optionId);
  if (added) {
    return withState(ui, { ...s, added: s.added.map((a) => (a === added ? { ...a, scores: { ...a.scores, [criterionId]: value } } : a)) });
  }
  const base = input.options.find((o) => o.id === optionId)?.scores[criterionId];
  const scores = { ...s.scores, [`${optionId}:${criterionId}`]: value };
  if (base === value) delete scores[`${optionId}:${criterionId}`];
  return withState(ui, { ...s, scores });
}

export function setRequirement(ui: MatrixUi, input: MatrixInput, id: string, active: boolean): MatrixUi {
  const base = input.requirements.find((r) => r.id === id)?.active;
  const requirements = { ...ui.state.requirements, [id]: active };
  if (base === active) delete requirements[id];
  return withState(ui, { ...ui.state, requirements });
}

/** A requirement's threshold typed, in its own unit. Invalid text stays in its field; the last valid threshold stays in use. */
export function typeThreshold(ui: MatrixUi, input: MatrixInput, id: string, text: string): MatrixUi {
  const requirement = input.requirements.find((r) => r.id === id);
  if (!requirement) return ui;
  const parsed = parseField(text, thresholdField(requirement.unit));
  const { [id]: _, ...thresholdDrafts } = ui.thresholdDrafts;
  if (!parsed.ok) return { ...ui, thresholdDrafts: { ...thresholdDrafts, [id]: { text, problem: parsed.problem } }, notice: null };
  const thresholds = { ...ui.state.thresholds, [id]: parsed.value };
  if (parsed.value === requirement.value) delete thresholds[id];
  return { ...withState(ui, { ...ui.state, thresholds }), thresholdDrafts };
}

export function removeOption(ui: MatrixUi, id: string): MatrixUi {
  const s = ui.state;
  return withState(ui, s.added.some((a) => a.id === id) ? { ...s, added: s.added.filter((a) => a.id !== id) } : { ...s, removed: [...s.removed, id] });
}

export function restoreOption(ui: MatrixUi, id: string): MatrixUi {
  return withState(ui, { ...ui.state, removed: ui.state.removed.filter((r) => r !== id) });
}

/** Adds the typed name as an option scored 3 on every criterion; refuses an empty, a duplicate or an eleventh name. */
export function addOption(ui: MatrixUi, input: MatrixInput, optionNames: readonly string[]): MatrixUi {
  const name = cleanName(ui.newName);
  if (name === '') return { ...ui, notice: { key: 'matrix.nameRequired' } };
  if (ui.state.added.length >= MAX_ADDED) return { ...ui, notice: { key: 'matrix.tooMany', vars: { max: MAX_ADDED } } };
  const taken = (n: string) => n.normalize('NFKC').toLocaleLowerCase() === name.normalize('NFKC').toLocaleLowerCase();
  if (optionNames.some(taken)) return { ...ui, notice: { key: 'matrix.duplicateName', vars: { name } } };
  const scores = Object.fromEntries(input.criteria.map((c) => [c.id, 3]));
  return { ...withState(ui, { ...ui.state, added: [...ui.state.added, { id: nextAddedId(ui.state), name, scores }] }), newName: '' };
}

/** The score spread of the robustness odds; a value that is not one of SPREADS changes nothing. */
export function setSpread(ui: MatrixUi, spread: number): MatrixUi {
  return SPREADS.includes(spread) ? withState(ui, { ...ui.state, spread }) : ui;
}

/** The weight band of the robustness odds; a value that is not one of WEIGHT_BANDS changes nothing. */
export function setWeightBand(ui: MatrixUi, weightBand: number): MatrixUi {
  return WEIGHT_BANDS.includes(weightBand) ? withState(ui, { ...ui.state, weightBand }) : ui;
}

/** Back to the case; the calculator's inputs are the calculator's, so they stay as read. */
export function reset(input: MatrixInput, ui?: MatrixUi): MatrixUi {
  return { ...initialUi(input), calcQuery: ui?.calcQuery ?? null, derived: ui?.derived ?? null };
}

/** Scores as the case gives them, or derived from the page's calculator at the reader's inputs. */
export function setScoreSource(ui: MatrixUi, source: ScoreSource): MatrixUi {
  return SCORE_SOURCES.includes(source) ? withState(ui, { ...ui.state, source }) : ui;
}

/** The calculator's section of the hash, read when the page loads and whenever the calculator writes it. */
export function calculatorRead(ui: MatrixUi, calcQuery: string | null): MatrixUi {
  return ui.calcQuery === calcQuery ? ui : { ...ui, calcQuery };
}

/** The calculator's scores, computed at the inputs they were computed for (which may since have changed again). */
export function derivedRead(ui: MatrixUi, calcQuery: string | null, derived: DerivedScore[]): MatrixUi {
  return ui.calcQuery === calcQuery ? { ...ui, derived } : ui;
}
