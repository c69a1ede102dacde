import type { Quantity } from '../schemas/case';
import type { Unit } from '../schemas/common';
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locale';

const UNIT_TEXT: Partial<Record<Unit, string>> = { us: 'μs', x: '×' };
const COMPARATOR_TEXT: Record<Quantity['comparator'], string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '~': '~', '=': '' };

/** A quantity as a reader reads it: "<50 ms", "~150 MB", "2–5 s", "99.9%", "91×". */
export function formatQuantity(locale: Locale, q: Pick<Quantity, 'comparator' | 'value' | 'unit'>): string {
  const number = Array.isArray(q.value)
    ? `${formatNumber(locale, q.value[0])}–${formatNumber(locale, q.value[1])}`
    : formatNumber(locale, q.value);
  const unit = UNIT_TEXT[q.unit] ?? q.unit;
  const tight = unit === '%' || unit === '×';
  return `${COMPARATOR_TEXT[q.comparator]}${number}${tight ? '' : ' '}${unit}`;
}
