import { formatFixed, formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import type { UiKey } from '../i18n/ui';
import type { CalcUnit } from '../schemas/calculator';

/** Decimals shown per unit: money to the cent, counts whole, times and sizes as precise as they are useful. */
const DECIMALS: Partial<Record<CalcUnit, number>> = { count: 0, 'GB-s': 0, ms: 3, s: 2, MB: 2, GB: 2, '%': 1, cores: 1, x: 1 };

/** The label of a unit in the page's language ('' for plain counts). */
export function unitLabel(tr: Translate, unit: CalcUnit): string {
  return unit === 'count' ? '' : tr(`calc.unit.${unit}` as UiKey);
}

/** A result figure with its unit, e.g. "1.50 USD", "0.3 s", "22"; a missing figure is a dash. */
export function formatCell(locale: Locale, tr: Translate, value: number | null, unit: CalcUnit): string {
  if (value === null) return '–';
  const number = unit === 'USD' ? formatFixed(locale, value, 2) : formatNumber(locale, value, DECIMALS[unit] ?? 6);
  const label = unitLabel(tr, unit);
  if (label === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${label}`;
}
