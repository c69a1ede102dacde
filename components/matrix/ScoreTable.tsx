import type { Translate } from '../../src/i18n/translate';
import type { MatrixView } from './view-model';

interface Props {
  tr: Translate;
  view: MatrixView;
  disabled: boolean;
  onScore: (optionId: string, criterionId: string, value: number) => void;
  onRemove: (optionId: string) => void;
}

const SCORES = [1, 2, 3, 4, 5];

/**
 * Options × criteria, answer first: each option's total and rank sit right after its name, then the scores. Where
 * the original states another total, it is flagged in the total's cell and explained under the table. On a phone
 * each row becomes a card (see matrix.css), with every cell labelled.
 */
export function ScoreTable({ tr, view, disabled, onScore, onRemove }: Props) {
  return (
    <div class="matrix-scroll" role="region" tabIndex={0} aria-label={tr('matrix.scores')}>
      <table class="matrix-table score-table">
        <caption>{view.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('col.option')}</th>
            <th scope="col">{tr('matrix.total')}</th>
            <th scope="col">{tr('matrix.rank')}</th>
            {view.criteria.map((c) => <th scope="col" key={c.id}>{c.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr
              key={row.id}
              data-option={row.id}
              data-total={row.total === null ? undefined : String(row.total)}
              data-rank={row.rank === null ? '' : String(row.rank)}
              data-excluded={row.excludedBy === null ? undefined : ''}
              data-stated={row.stated ?? undefined}
              class={[row.winner ? 'is-winner' : '', row.excludedBy ? 'is-excluded' : ''].join(' ').trim() || undefined}
            >
              <th scope="row">
                <span class="option-head">
                  <span class="option-name">{row.name}</span>
                  <button type="button" class="remove-button" disabled={disabled} aria-label={row.removeLabel} title={row.removeLabel} onClick={() => onRemove(row.id)}>
                    ×
                  </button>
                </span>
                {row.winner && <span class="badge badge-winner">★ {tr('matrix.winnerBadge')}</span>}
                {row.userAdded && <span class="badge">{tr('matrix.userOption')}</span>}
                {row.excludedBy && <span class="badge badge-excluded">⊘ {row.excludedBy}</span>}
              </th>
              <td class="num total-cell" data-cell="total" data-label={tr('matrix.total')}>
                {row.totalText}
                {row.erratum && <span class="erratum" data-erratum>⚠ {row.erratum}</span>}
              </td>
              <td class="num" data-cell="rank" data-label={tr('matrix.rank')}>{row.rank === null ? '–' : row.rank}</td>
              {row.scores.map((s, k) => (
                <td key={s.criterionId} class={s.changed ? 'score-cell score-changed' : 'score-cell'} data-label={view.criteria[k]?.label} data-changed={s.changed ? 'true' : undefined} title={s.note ?? undefined}>
                  <select data-score={`${row.id}:${s.criterionId}`} aria-label={s.label} value={String(s.value)} disabled={disabled} onChange={(e) => onScore(row.id, s.criterionId, Number(e.currentTarget.value))}>
                    {SCORES.map((v) => <option key={v} value={String(v)}>{v}</option>)}
                  </select>
                  {s.note && <span class="sr-only">{s.note}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {view.errata.length > 0 && (
        <ul class="matrix-errata">
          {view.errata.map((text) => <li key={text}>⚠ {text}</li>)}
        </ul>
      )}
    </div>
  );
}
