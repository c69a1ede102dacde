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
import { readParams, type Ignore, type WidgetCodec } from '../widget-kit/params';

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

/** One parameter read as its field's type, or undefined (with the problem reported). */
function readValue(spec: FieldSpec, text: string, shown: string, ignore: Ignore): AdvisorValue | undefined {
  switch (spec.kind) {
    case 'flag':
      if (text === '1' || text === '0') return text === '1';
      return ignore('bad-switch', shown);
    case 'choice':
      if (spec.values.includes(text)) return text as AdvisorValue;
      return ignore('bad-choice', shown);
    case 'number': {
      if (text === 'none' && spec.nullable) return null;
      const parsed = parseField(text, { kind: 'number', id: '', value: spec.min, min: spec.min, max: spec.max, step: 1, integer: spec.integer, unit: 'count' });
      if (parsed.ok) return parsed.value;
      return ignore(parsed.problem, shown);
    }
  }
}

/** Reads the advisor's section. NEVER throws: what it cannot use keeps its default and is listed in `ignored`. */
export function decodeAdvisorInput(query: string) {
  const input: AdvisorInput = { ...DEFAULT_ADVISOR_INPUT };
  const visit = (key: string, text: string, ignore: Ignore) => {
    const shown = `${key}=${text}`;
    if (!isField(key)) return ignore('unknown-setting', shown);
    const value = readValue(ADVISOR_FIELDS[key], text, shown, ignore);
    if (value !== undefined) (input as Record<string, AdvisorValue>)[key] = value;
  };
  return readParams(query, visit, () => input, () => ({ ...DEFAULT_ADVISOR_INPUT }));
}

export const advisorCodec: WidgetCodec<AdvisorInput> = { encode: encodeAdvisorInput, decode: decodeAdvisorInput };
