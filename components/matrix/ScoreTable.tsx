import type { OptionResult } from '../../src/engine/matrix';
import { formatFixed } from '../../src/i18n/format';
import type { Locale } from '../../src/i18n/locale';
import type { Translate } from '../../src/i18n/translate';

export interface ScoreRow {
  id: string;
  name: string;
  userAdded: boolean;
  scores: Record<string, number>;
  result: OptionResult | undefined;
}

interface Props {
  locale: Locale;
  tr: Translate;
  title: string;
  criteria: { id: string; label: string }[];
  rows: ScoreRow[];
  winner: string | null;
  requirementName: (id: string) => string;
  disabled: boolean;
  onScore: (optionId: string, criterionId: string, value: string) => void;
  onRemove: (optionId: string) => void;
}

const SCORES = [1, 2, 3, 4, 5];

/** The stated totals that differ from the computed ones, spelled out under the table. */
function Errata({ locale, tr, rows }: { locale: Locale; tr: Translate; rows: ScoreRow[] }) {
  const wrong = rows.filter((row) => row.result?.erratum);
  if (wrong.length === 0) return null;
  const fixed = (x: number) => formatFixed(locale, x, 2);
  return (
    <ul class="matrix-errata">
      {wrong.map((row) => (
        <li key={row.id}>
          ⚠ {row.name}: {tr('matrix.erratum', { stated: fixed(row.result?.stated ?? 0), computed: fixed(row.result?.total ?? 0) })}
        </li>
      ))}
    </ul>
  );
}

/** Options × criteria scores with each option's total, rank and the original's stated total. */
export function ScoreTable({ locale, tr, title, criteria, rows, winner, requirementName, disabled, onScore, onRemove }: Props) {
  const fixed = (x: number) => formatFixed(locale, x, 2);
  return (
    <div class="matrix-scroll" role="region" tabIndex={0} aria-label={tr('matrix.scores')}>
      <table class="matrix-table">
        <caption>{tr('matrix.caption', { case: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('col.option')}</th>
            {criteria.map((c) => <th scope="col" key={c.id}>{c.label}</th>)}
            <th scope="col">{tr('matrix.total')}</th>
            <th scope="col">{tr('matrix.rank')}</th>
            <th scope="col">{tr('matrix.stated')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const r = row.result;
            const excluded = r !== undefined && r.excludedBy.length > 0;
            return (
              <tr
                key={row.id}
                data-option={row.id}
                data-total={r ? String(r.total) : undefined}
                data-rank={r ? String(r.rank) : undefined}
                data-stated={r?.stated ?? undefined}
                class={[row.id === winner ? 'is-winner' : '', excluded ? 'is-excluded' : ''].join(' ').trim() || undefined}
              >
                <th scope="row">
                  <span class="option-name">{row.name}</span>
                  {row.id === winner && <span class="badge badge-winner">★ {tr('matrix.winnerBadge')}</span>}
                  {row.userAdded && <span class="badge">{tr('matrix.userOption')}</span>}
                  {excluded && (
                    <span class="badge badge-excluded" data-excluded>
                      ⊘ {tr('matrix.excludedBy', { requirements: r.excludedBy.map(requirementName).join(locale === 'zh' ? '、' : ', ') })}
                    </span>
                  )}
                  <button type="button" class="link-button" disabled={disabled} onClick={() => onRemove(row.id)}>
                    {tr('matrix.remove', { option: row.name })}
                  </button>
                </th>
                {criteria.map((c) => (
                  <td key={c.id}>
                    <select
                      data-score={`${row.id}:${c.id}`}
                      aria-label={tr('matrix.scoreOf', { option: row.name, criterion: c.label })}
                      value={String(row.scores[c.id] ?? '')}
                      disabled={disabled}
                      onChange={(e) => onScore(row.id, c.id, e.currentTarget.value)}
                    >
                      {SCORES.map((s) => <option key={s} value={String(s)}>{s}</option>)}
                    </select>
                  </td>
                ))}
                <td class="num" data-cell="total">{r ? fixed(r.total) : '–'}</td>
                <td class="num" data-cell="rank">{r ? r.rank : '–'}</td>
                <td class="num" data-cell="stated">
                  {r?.stated == null ? '–' : fixed(r.stated)}
                  {r?.erratum && (
                    <span class="erratum" data-erratum>
                      {' '}⚠ {tr('matrix.erratumShort')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Errata locale={locale} tr={tr} rows={rows} />
    </div>
  );
}
