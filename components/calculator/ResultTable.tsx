import type { CalcResult } from '../../src/engine/calculators/types';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';
import type { UiKey } from '../../src/i18n/ui';
import { formatCell } from '../../src/present/calc-format';

interface Props {
  locale: Locale;
  tr: Translate;
  calcId: string;
  result: CalcResult;
}

/** The alternatives side by side; the selected one is marked. */
export function ResultTable({ locale, tr, calcId, result }: Props) {
  return (
    <div class="matrix-scroll" tabIndex={0} role="region" aria-label={tr('calc.ui.results')}>
      <table class="matrix-table calc-table">
        <thead>
          <tr>
            <td />
            {result.columns.map((c) => (
              <th scope="col" key={c}>{tr(`calc.${calcId}.col.${c}` as UiKey)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.id} class={row.selected ? 'is-winner' : undefined} data-row={row.id}>
              <th scope="row">
                {tr(`calc.${calcId}.row.${row.id}` as UiKey)}
                {row.selected && <span class="sr-only"> {tr('calc.ui.selected')}</span>}
              </th>
              {row.cells.map((cell, i) => (
                <td class="num" key={result.columns[i]} data-value={cell.value ?? ''}>
                  {formatCell(locale, tr, cell.value, cell.unit)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
