/**
 * What the advisor asks: each question's field, the values it accepts and its default. The decision tree's
 * schema, the tree walk, validation and the URL codec all read this.
 */
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
  /** Memory of each device the workload runs on, in MB; null when that is not a limit. */
  memoryMb: number | null;
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
  memoryMb: { kind: 'number', min: 1, max: 1_048_576, integer: true, nullable: true },
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
  memoryMb: null,
  coldStartMs: null,
  billing: 'none',
  offline: false,
});

export function isField(key: string): key is AdvisorField {
  return Object.hasOwn(ADVISOR_FIELDS, key);
}
