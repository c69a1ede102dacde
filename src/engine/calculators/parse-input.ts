import type { NumberField } from './types';

/** Why a typed value was not used. The view words each one next to its field, in the page's language. */
export type InputProblem = 'empty' | 'not-a-number' | 'negative' | 'below-min' | 'above-max' | 'not-whole';

export type Parsed = { ok: true; value: number } | { ok: false; problem: InputProblem };

/** Plain decimal notation, optionally with an exponent; thousands separators and spaces are removed first. */
const NUMBER = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?$/i;
/** Longer text is not a number anyone typed on purpose. */
const MAX_LENGTH = 40;

/**
 * Reads what a reader typed (or a link carried) into a number field. Never throws. Accepts "1,000,000",
 * "1 000" and "1e6"; rejects anything else, anything outside [min, max] and fractions in whole-number fields.
 */
export function parseField(raw: string, field: NumberField): Parsed {
  const text = String(raw).trim().replace(/[\s,_]/g, '');
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_LENGTH || !NUMBER.test(text)) return { ok: false, problem: 'not-a-number' };
  const value = Number(text) + 0; // + 0 turns −0 into 0
  if (!Number.isFinite(value)) return { ok: false, problem: 'above-max' };
  if (value < 0 && field.min >= 0) return { ok: false, problem: 'negative' };
  if (value < field.min) return { ok: false, problem: 'below-min' };
  if (value > field.max) return { ok: false, problem: 'above-max' };
  if (field.integer && !Number.isInteger(value)) return { ok: false, problem: 'not-whole' };
  return { ok: true, value };
}

/**
 * The value one step up (+1) or down (−1) from `value`, for the arrow keys: kept within the field's bounds,
 * and cut to 12 significant digits so that 0.1 + 0.2 shows as 0.3.
 */
export function stepped(value: number, field: NumberField, direction: 1 | -1): number {
  const next = Number((value + direction * field.step).toPrecision(12));
  return Math.min(field.max, Math.max(field.min, field.integer ? Math.round(next) : next));
}
