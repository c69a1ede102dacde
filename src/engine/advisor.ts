import type { Localized } from '../schemas/common';
import type { Clause, Condition, ConflictRule, DecisionTree, ScenarioRow } from '../schemas/rules';

const DEVICES = ['none', 'usb', 'pci', 'gpu-passthrough', 'gpu-shared'] as const;
const ISOLATION_LEVELS = ['application', 'process', 'hardware'] as const;
const KERNEL_FEATURES = ['none', 'epoll', 'io_uring'] as const;
const RESOURCE_LEVELS = ['constrained', 'moderate', 'ample'] as const;
const BILLING = ['none', 'second', 'millisecond'] as const;

/** What a reader tells the advisor about a workload. */
export interface AdvisorInput {
  device: (typeof DEVICES)[number];
  isolation: (typeof ISOLATION_LEVELS)[number];
  multiOs: boolean;
  kernel: (typeof KERNEL_FEATURES)[number];
  services: number;
  complexCommunication: boolean;
  zeroTrust: boolean;
  observability: boolean;
  resources: (typeof RESOURCE_LEVELS)[number];
  coldStartMs: number | null;
  billing: (typeof BILLING)[number];
  offline: boolean;
}
export type AdvisorField = keyof AdvisorInput;
export type AdvisorValue = AdvisorInput[AdvisorField];

/** The values a field accepts; the tree checks, validation, URL codec and path search all read this. */
export type FieldSpec =
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'flag' }
  | { kind: 'number'; min: number; max: number; integer: boolean; nullable: boolean };

export const ADVISOR_FIELDS: { readonly [K in AdvisorField]: FieldSpec } = {
  device: { kind: 'choice', values: DEVICES },
  isolation: { kind: 'choice', values: ISOLATION_LEVELS },
  multiOs: { kind: 'flag' },
  kernel: { kind: 'choice', values: KERNEL_FEATURES },
  services: { kind: 'number', min: 0, max: 100_000, integer: true, nullable: false },
  complexCommunication: { kind: 'flag' },
  zeroTrust: { kind: 'flag' },
  observability: { kind: 'flag' },
  resources: { kind: 'choice', values: RESOURCE_LEVELS },
  coldStartMs: { kind: 'number', min: 1, max: 600_000, integer: false, nullable: true },
  billing: { kind: 'choice', values: BILLING },
  offline: { kind: 'flag' },
};

/** Field names in a fixed order (the order of URL parameters). */
export const ADVISOR_FIELD_NAMES = Object.keys(ADVISOR_FIELDS) as [AdvisorField, ...AdvisorField[]];

/** A plain workload: no devices, no special kernel features, a handful of services. */
export const DEFAULT_ADVISOR_INPUT: Readonly<AdvisorInput> = Object.freeze({
  device: 'none',
  isolation: 'process',
  multiOs: false,
  kernel: 'none',
  services: 5,
  complexCommunication: false,
  zeroTrust: false,
  observability: false,
  resources: 'moderate',
  coldStartMs: null,
  billing: 'none',
  offline: false,
});

export interface FiredRule {
  nodeId: string;
  edgeId: string;
  reason: Localized;
}

export interface Conflict {
  id: string;
  message: Localized;
}

export interface Advice {
  leafId: string;
  recommended: Localized;
  alternative: Localized;
  keyFactors: Localized[];
  /** Rows of the comparison matrix this leaf stands for, in the leaf's order. */
  scenarioRows: ScenarioRow[];
  case: string | null;
  /** Node ids from the root to the leaf. */
  path: string[];
  /** One entry per decision on the path, in order: the branch taken and why. */
  fired: FiredRule[];
  conflicts: Conflict[];
}

/** Whether an input value satisfies a branch condition. `null` (no target) never satisfies a comparison. */
export function conditionHolds(when: Condition, value: AdvisorValue): boolean {
  if (when === 'otherwise') return true;
  if ('in' in when) return (when.in as readonly AdvisorValue[]).includes(value);
  if (typeof value !== 'number') return false;
  switch (when.compare) {
    case '<':
      return value < when.value;
    case '<=':
      return value <= when.value;
    case '>':
      return value > when.value;
    case '>=':
      return value >= when.value;
  }
}

function clauseHolds(clause: Clause, input: AdvisorInput): boolean {
  return conditionHolds(clause.when, input[clause.input]);
}

/** Contradictory inputs, reported so the reader can fix them; the walk itself still runs. */
export function findConflicts(rules: readonly ConflictRule[], input: AdvisorInput): Conflict[] {
  return rules
    .filter((rule) => rule.all.every((c) => clauseHolds(c, input)) && (rule.any?.some((c) => clauseHolds(c, input)) ?? true))
    .map((rule) => ({ id: rule.id, message: rule.message }));
}

/** Walks the tree from the root, taking the first branch whose condition holds at each decision. */
export function advise(tree: DecisionTree, scenarios: readonly ScenarioRow[], input: AdvisorInput): Advice {
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  const path: string[] = [];
  const fired: FiredRule[] = [];
  let node = nodes.get(tree.root);
  while (node?.kind === 'decision') {
    // A validated tree has no cycles and always matches; these guard against an unchecked one.
    if (path.includes(node.id)) throw new Error(`decision tree loops back to "${node.id}"`);
    path.push(node.id);
    const value = input[node.input];
    const edge = node.edges.find((e) => conditionHolds(e.when, value));
    if (!edge) throw new Error(`no branch of "${node.id}" matches ${node.input} = ${String(value)}`);
    fired.push({ nodeId: node.id, edgeId: edge.id, reason: edge.reason });
    node = nodes.get(edge.to);
  }
  if (!node) throw new Error(`decision tree refers to a missing node after "${path.at(-1) ?? tree.root}"`);
  path.push(node.id);
  const rows = new Map(scenarios.map((row) => [row.id, row]));
  return {
    leafId: node.id,
    recommended: node.recommended,
    alternative: node.alternative,
    keyFactors: node.key_factors,
    scenarioRows: node.scenario_rows.flatMap((id) => rows.get(id) ?? []),
    case: node.case ?? null,
    path,
    fired,
    conflicts: findConflicts(tree.conflicts, input),
  };
}

function isField(key: string): key is AdvisorField {
  return Object.hasOwn(ADVISOR_FIELDS, key);
}

/** The value to keep for a field: as given, clamped/rounded into range, or undefined when unusable. */
function acceptValue(spec: FieldSpec, value: unknown): AdvisorValue | undefined {
  switch (spec.kind) {
    case 'choice':
      return typeof value === 'string' && spec.values.includes(value) ? (value as AdvisorValue) : undefined;
    case 'flag':
      return typeof value === 'boolean' ? value : undefined;
    case 'number': {
      if (value === null) return spec.nullable ? null : undefined;
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      const whole = spec.integer ? Math.round(value) : value;
      return Math.min(spec.max, Math.max(spec.min, whole));
    }
  }
}

/**
 * Turns anything (a parsed URL, stored state) into a valid AdvisorInput without throwing.
 * `ignored` names each key whose value was not used as given: unknown, unusable (default kept) or clamped.
 */
export function validateAdvisorInput(raw: unknown): { input: AdvisorInput; ignored: string[] } {
  const input: AdvisorInput = { ...DEFAULT_ADVISOR_INPUT };
  const ignored: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { input, ignored: raw === undefined ? [] : ['(input)'] };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!isField(key)) {
      ignored.push(key);
      continue;
    }
    const accepted = acceptValue(ADVISOR_FIELDS[key], value);
    if (accepted !== value) ignored.push(key);
    if (accepted !== undefined) (input as Record<AdvisorField, AdvisorValue>)[key] = accepted;
  }
  return { input, ignored };
}

function encodeValue(value: AdvisorValue): string {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** Reads one URL parameter into the type its field expects; anything unreadable is passed on for validation to drop. */
function decodeValue(spec: FieldSpec, text: string): unknown {
  if (spec.kind === 'flag') return text === '1' ? true : text === '0' ? false : text;
  if (spec.kind === 'number') {
    if (text === 'none') return null;
    return text.trim() === '' ? text : Number(text);
  }
  return text;
}

/** URL parameters for the fields that differ from the defaults, so a shared link stays short. */
export function encodeAdvisorInput(input: AdvisorInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of ADVISOR_FIELD_NAMES) {
    if (input[field] !== DEFAULT_ADVISOR_INPUT[field]) params.set(field, encodeValue(input[field]));
  }
  return params;
}

/** Reads URL parameters back; never throws. A repeated parameter keeps its last value. */
export function decodeAdvisorInput(params: URLSearchParams | string): { input: AdvisorInput; ignored: string[] } {
  const search = typeof params === 'string' ? new URLSearchParams(params) : params;
  const raw = new Map<string, unknown>();
  const repeated: string[] = [];
  for (const [key, text] of search) {
    if (raw.has(key)) repeated.push(key);
    raw.set(key, isField(key) ? decodeValue(ADVISOR_FIELDS[key], text) : text);
  }
  const { input, ignored } = validateAdvisorInput(Object.fromEntries(raw));
  return { input, ignored: [...new Set([...repeated, ...ignored])] };
}
