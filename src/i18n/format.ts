import { LANG_TAG, type Locale } from './locale';

/** Number formatting per page locale; cached formatters, because views format many cells per render. */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LANG_TAG[locale], options);
    cache.set(key, f);
  }
  return f;
}

/** A number with a fixed count of decimals (totals: 2). */
export function formatFixed(locale: Locale, value: number, decimals: number): string {
  return formatter(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A number as written in a source: up to `max` decimals, no padding. */
export function formatNumber(locale: Locale, value: number, max = 3): string {
  return formatter(locale, { maximumFractionDigits: max }).format(value);
}

/** A fraction (0.25) as a percentage ("25%", or "25.3%" with one decimal). */
export function formatPercent(locale: Locale, fraction: number, decimals = 1): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: decimals }).format(fraction);
}
