import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';
import type { Threshold } from '../engine/requirements';
import { COMPARATOR_TEXT, formatQuantity } from './quantity';

/**
 * A hard constraint's name as the matrix and its exports write it: the case's own label, or, once the reader
 * has set another threshold, the metric at that threshold with the case's beside it. The case's label names
 * its own number ("Cold start under 100 ms"), so it cannot stand for another. `brief` leaves the case's threshold
 * out, for a text that lists the change elsewhere (the decision record).
 */
export function requirementLabel(
  locale: Locale,
  tr: Translate,
  text: { label: string; metric: string },
  caseThreshold: Threshold,
  current: Threshold,
  brief = false,
): string {
  // A non-finite threshold cannot come from a link or the data's validation; it keeps the case's label.
  if (current.value === caseThreshold.value || !Number.isFinite(current.value)) return text.label;
  const quantity = (value: number) => formatQuantity(locale, { comparator: '=', value, unit: current.unit });
  return tr(brief ? 'matrix.threshold.brief' : 'matrix.threshold.label', {
    metric: text.metric,
    comparator: COMPARATOR_TEXT[current.comparator],
    value: quantity(current.value),
    caseValue: quantity(caseThreshold.value),
  });
}
