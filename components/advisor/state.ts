import { parseField } from '../../src/engine/calculators/parse-input';
import {
  ADVISOR_FIELD_NAMES,
  ADVISOR_FIELDS,
  DEFAULT_ADVISOR_INPUT,
  isField,
  type AdvisorInput,
  type AdvisorValue,
  type FieldSpec,
} from '../../src/engine/advisor-fields';
import type { NumberField } from '../../src/engine/calculators/types';
import { readParams, type Ignore, type IgnoredProblem, type WidgetCodec } from '../widget-kit/params';

/**
 * The advisor's answers in its section of the URL hash (`#advisor&device=usb&multiOs=1`, see
 * components/widget-kit/hash.ts): only the answers that differ from the defaults, in question order.
 * Flags are 1 or 0; an empty number answer (no target) is `none`.
 */
function encodeValue(value: AdvisorValue): string {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

export function encodeAdvisorInput(input: AdvisorInput): string {
  const params = new URLSearchParams();
  for (const field of ADVISOR_FIELD_NAMES) {
    if (input[field] !== DEFAULT_ADVISOR_INPUT[field]) params.set(field, encodeValue(input[field]));
  }
  return params.toString();
}

/** One parameter read as its field's type, or the problem with it. */
function readValue(spec: FieldSpec, text: string): { value: AdvisorValue } | { problem: IgnoredProblem } {
  switch (spec.kind) {
    case 'flag':
      return text === '1' || text === '0' ? { value: text === '1' } : { problem: 'bad-switch' };
    case 'choice':
      return spec.values.includes(text) ? { value: text as AdvisorValue } : { problem: 'bad-choice' };
    case 'number': {
      if (text === 'none' && spec.nullable) return { value: null };
      const parsed = parseField(text, numberField(spec));
      return parsed.ok ? { value: parsed.value } : { problem: parsed.problem };
    }
  }
}

/** A number question as a number field, so that answers typed and answers in a link are read alike. */
export function numberField(spec: Extract<FieldSpec, { kind: 'number' }>): NumberField {
  return { kind: 'number', id: '', value: spec.min, min: spec.min, max: spec.max, step: 1, integer: spec.integer, unit: 'count' };
}

/** Reads the advisor's section. NEVER throws: what it cannot use keeps its default and is listed in `ignored`. */
export function decodeAdvisorInput(query: string) {
  const input: AdvisorInput = { ...DEFAULT_ADVISOR_INPUT };
  const visit = (key: string, text: string, ignore: Ignore) => {
    const shown = `${key}=${text}`;
    if (!isField(key)) return ignore('unknown-setting', shown);
    const read = readValue(ADVISOR_FIELDS[key], text);
    if ('problem' in read) ignore(read.problem, shown);
    else Object.assign(input, { [key]: read.value });
  };
  return readParams(query, visit, () => input, () => ({ ...DEFAULT_ADVISOR_INPUT }));
}

export const advisorCodec: WidgetCodec<AdvisorInput> = { encode: encodeAdvisorInput, decode: decodeAdvisorInput };
