import { edgeDensityModel } from './edge-density';
import { meshOverheadModel } from './mesh-overhead';
import { serverlessCostModel } from './serverless-cost';
import { tenantDensityModel } from './tenant-density';
import type { CalculatorModel } from './types';

/** Every calculator model by id; a data file in content/calculators/ names one of these. */
export const MODELS: Readonly<Record<string, CalculatorModel>> = Object.fromEntries(
  [serverlessCostModel, edgeDensityModel, tenantDensityModel, meshOverheadModel].map((m) => [m.id, m]),
);
