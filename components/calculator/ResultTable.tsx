import type { CalcView } from './view-model';

/** The alternatives side by side; the selected one is marked. */
export function ResultTable({ view, selectedLabel }: { view: CalcView; selectedLabel: string }) {
  return (
    <div class="matrix-scroll" tabIndex={0} role="region" aria-label={view.resultsLabel}>
      <table class="matrix-table calc-table">
        <thead>
          <tr>
            <td />
            {view.columns.map((c) => <th scope="col" key={c}>{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.id} class={row.selected ? 'is-winner' : undefined} data-row={row.id}>
              <th scope="row">
                {row.label}
                {row.selected && <span class="sr-only"> {selectedLabel}</span>}
              </th>
              {row.cells.map((cell, i) => (
                <td class="num" key={view.columns[i]} data-value={cell.value ?? ''}>{cell.text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
