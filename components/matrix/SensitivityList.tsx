import type { SensitivityLine } from '../../src/present/sensitivity-text';

/** One sentence per criterion with a bar: the band where the winner holds, and a tick at the current weight. */
export function SensitivityList({ lines }: { lines: SensitivityLine[] }) {
  return (
    <ul class="sensitivity">
      {lines.map((line) => (
        <li key={line.criterionId} data-sensitivity={line.criterionId}>
          <span>{line.text}</span>
          {line.lo !== null && line.hi !== null && (
            <span class="sensitivity-bar" aria-hidden="true">
              <span class="sensitivity-band" style={{ left: `${line.lo * 100}%`, width: `${(line.hi - line.lo) * 100}%` }} />
              <span class="sensitivity-now" style={{ left: `${line.current * 100}%` }} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
