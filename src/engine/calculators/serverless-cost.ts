import { finite, num } from './read-values';
import type { CalcResult, CalculatorModel, Cell, Values } from './types';

/** Billed duration of one invocation: rounded up to the next whole multiple of the granularity. */
export function billedMs(durationMs: number, granularityMs: number): number {
  if (granularityMs <= 0) return durationMs;
  // The small tolerance keeps 28 / 1 ms from becoming 29 through floating-point noise.
  return Math.ceil(durationMs / granularityMs - 1e-9) * granularityMs;
}

interface Bill {
  billed: number;
  gbSeconds: number;
  compute: number;
  requests: number;
  total: number;
}

/** One month's bill at one granularity. Cold invocations run `cold-extra` ms longer and are rounded as a whole. */
function bill(values: Values, granularityMs: number): Bill {
  const invocations = num(values, 'invocations');
  const duration = num(values, 'duration');
  const coldShare = Math.min(1, num(values, 'cold-share') / 100);
  const coldDuration = duration + num(values, 'cold-extra');
  const billed = (1 - coldShare) * billedMs(duration, granularityMs) + coldShare * billedMs(coldDuration, granularityMs);
  const gbSeconds = invocations * (billed / 1000) * (num(values, 'memory') / 1024);
  const compute = gbSeconds * num(values, 'price-gb-s');
  const requests = (invocations / 1e6) * num(values, 'price-requests');
  return { billed, gbSeconds, compute, requests, total: compute + requests };
}

function cells(b: Bill): Cell[] {
  return [
    { value: finite(b.billed), unit: 'ms' },
    { value: finite(b.gbSeconds), unit: 'GB-s' },
    { value: finite(b.compute), unit: 'USD' },
    { value: finite(b.requests), unit: 'USD' },
    { value: finite(b.total), unit: 'USD' },
  ];
}

/**
 * Monthly function cost under two billing granularities (AWS Lambda's 1 ms since December 2020 and its
 * earlier 100 ms): GB-seconds × price + requests × price, and what the coarser rounding adds.
 */
export function serverlessCost(values: Values): CalcResult {
  const fine = bill(values, num(values, 'granularity-fine'));
  const coarse = bill(values, num(values, 'granularity-coarse'));
  const extra: Bill = {
    billed: coarse.billed - fine.billed,
    gbSeconds: coarse.gbSeconds - fine.gbSeconds,
    compute: coarse.compute - fine.compute,
    requests: coarse.requests - fine.requests,
    total: coarse.total - fine.total,
  };
  return {
    output: { value: finite(extra.total), unit: 'USD' },
    columns: ['billed', 'gb-seconds', 'compute', 'requests', 'total'],
    rows: [
      { id: 'fine', cells: cells(fine), selected: false },
      { id: 'coarse', cells: cells(coarse), selected: false },
      { id: 'difference', cells: cells(extra), selected: false },
    ],
  };
}

export const serverlessCostModel: CalculatorModel = {
  id: 'serverless-cost',
  numbers: ['invocations', 'duration', 'memory', 'cold-share', 'cold-extra', 'price-gb-s', 'price-requests', 'granularity-fine', 'granularity-coarse'],
  choices: {},
  compute: serverlessCost,
};
