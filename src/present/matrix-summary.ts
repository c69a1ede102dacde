import type { MatrixResult } from '../engine/matrix';
import { formatFixed } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Translate } from '../i18n/translate';

/** The one-sentence result of a matrix: who wins and by how much, or why nobody does. */
export function matrixSummary(
  locale: Locale,
  tr: Translate,
  result: MatrixResult,
  optionName: (id: string) => string,
): string {
  if (!result.ok) return tr('matrix.allZero');
  const totalOf = (id: string) => result.options.find((o) => o.id === id)?.total ?? 0;
  switch (result.status) {
    case 'winner': {
      const winner = result.winner ?? '';
      const total = formatFixed(locale, totalOf(winner), 2);
      if (result.margin === null) return tr('matrix.winnerAlone', { option: optionName(winner), total });
      const runnerUp = result.order.find((id) => id !== winner && !result.options.find((o) => o.id === id)?.excludedBy.length) ?? '';
      return tr('matrix.winner', {
        option: optionName(winner),
        total,
        margin: formatFixed(locale, result.margin, 2),
        runnerUp: optionName(runnerUp),
      });
    }
    case 'tie':
      return tr('matrix.tie', {
        options: result.tiedLeaders.map(optionName).join(locale === 'zh' ? '、' : ', '),
        total: formatFixed(locale, totalOf(result.tiedLeaders[0] ?? ''), 2),
      });
    case 'all-excluded':
    case 'no-options':
      return tr('matrix.allExcluded');
  }
}
