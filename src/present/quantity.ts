import type { Quantity } from '../schemas/case';
import type { Unit } from '../schemas/common';
import { formatNumber } from '../i18n/format';
import type { Locale } from '../i18n/locale';

/** Units written differently from their id; Chinese pages name counted things in Chinese. */
const UNIT_TEXT: Record<Locale, Partial<Record<Unit, string>>> = {
  en: { us: 'μs', x: '×', requests: 'concurrent requests' },
  zh: { us: 'μs', x: '×', min: '分钟', cores: '核', millicores: '毫核', services: '个服务', pods: '个 Pod', requests: '个并发请求', 'req/s': '次/秒', 'USD/month': '美元/月' },
};
export const COMPARATOR_TEXT: Record<Quantity['comparator'], string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '~': '~', '=': '' };

/** A quantity as a reader reads it: "<50 ms", "~150 MB", "2–5 s", "99.9%", "91×". */
export function formatQuantity(locale: Locale, q: Pick<Quantity, 'comparator' | 'value' | 'unit'>): string {
  const number = Array.isArray(q.value)
    ? `${formatNumber(locale, q.value[0])}–${formatNumber(locale, q.value[1])}`
    : formatNumber(locale, q.value);
  const unit = unitText(locale, q.unit);
  const tight = unit === '%' || unit === '×';
  return `${COMPARATOR_TEXT[q.comparator]}${number}${tight ? '' : ' '}${unit}`;
}

/** A unit as the page's language writes it. */
export function unitText(locale: Locale, unit: Unit): string {
  return UNIT_TEXT[locale][unit] ?? unit;
}
