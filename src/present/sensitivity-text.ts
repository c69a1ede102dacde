import type { CriterionSensitivity } from '../engine/sensitivity';
import { formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';

/** One criterion's sensitivity as a sentence, plus the numbers a small bar needs (fractions 0–1). */
export interface SensitivityLine {
  criterionId: string;
  text: string;
  lo: number | null;
  hi: number | null;
  current: number;
}

/** "X stays the winner while the weight of Y is between a % and b %; above b %, Z wins." */
export function sensitivityLine(
  locale: Locale,
  tr: Translate,
  s: CriterionSensitivity,
  criterion: string,
  nameOf: (optionId: string) => string,
): SensitivityLine {
  if (s.status !== 'winner') {
    return { criterionId: s.criterionId, text: tr('sens.none'), lo: null, hi: null, current: s.current };
  }
  const winner = nameOf(s.winner);
  const pct = (x: number) => formatPercent(locale, x, 1);
  let text: string;
  if (s.belowTakesOver === null && s.aboveTakesOver === null) {
    text = tr('sens.always', { criterion, winner });
  } else {
    text = tr('sens.range', { criterion, winner, lo: pct(s.lo), hi: pct(s.hi) });
    if (s.belowTakesOver !== null) text += tr('sens.below', { lo: pct(s.lo), option: nameOf(s.belowTakesOver) });
    if (s.aboveTakesOver !== null) text += tr('sens.above', { hi: pct(s.hi), option: nameOf(s.aboveTakesOver) });
    text += tr('sens.end');
  }
  return { criterionId: s.criterionId, text, lo: s.lo, hi: s.hi, current: s.current };
}
