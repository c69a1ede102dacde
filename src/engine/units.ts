import type { Unit } from '../schemas/common';

/** Each unit's dimension and its factor to that dimension's base unit. */
const UNITS: Record<Unit, { dimension: string; factor: number }> = {
  ns: { dimension: 'time', factor: 1e-9 },
  us: { dimension: 'time', factor: 1e-6 },
  ms: { dimension: 'time', factor: 1e-3 },
  s: { dimension: 'time', factor: 1 },
  min: { dimension: 'time', factor: 60 },
  KB: { dimension: 'memory', factor: 1e-3 },
  MB: { dimension: 'memory', factor: 1 },
  GB: { dimension: 'memory', factor: 1e3 },
  TB: { dimension: 'memory', factor: 1e6 },
  '%': { dimension: 'percent', factor: 1 },
  cores: { dimension: 'cpu', factor: 1 },
  millicores: { dimension: 'cpu', factor: 1e-3 },
  services: { dimension: 'services', factor: 1 },
  pods: { dimension: 'pods', factor: 1 },
  /** Requests in flight at once (concurrency), not a rate. */
  requests: { dimension: 'requests', factor: 1 },
  QPS: { dimension: 'rate', factor: 1 },
  'req/s': { dimension: 'rate', factor: 1 },
  'USD/month': { dimension: 'money', factor: 1 },
  x: { dimension: 'factor', factor: 1 },
};

/** Whether a unit (say a calculator's) is one the engine converts. */
export function isUnit(unit: string): unit is Unit {
  return Object.hasOwn(UNITS, unit);
}

export function dimensionOf(unit: Unit): string {
  return UNITS[unit].dimension;
}

export function sameDimension(a: Unit, b: Unit): boolean {
  return dimensionOf(a) === dimensionOf(b);
}

/** Converts `value` from one unit to another of the same dimension; throws on a mismatch. */
export function convert(value: number, from: Unit, to: Unit): number {
  if (!sameDimension(from, to)) {
    throw new RangeError(`cannot convert ${from} (${dimensionOf(from)}) to ${to} (${dimensionOf(to)})`);
  }
  return (value * UNITS[from].factor) / UNITS[to].factor;
}
