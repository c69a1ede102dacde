import type { SensitivityPart, SensitivityReport } from '../../src/present/sensitivity-report';
import { SensitivityList } from './SensitivityList';

function Part({ part }: { part: SensitivityPart }) {
  return part.none ? <p>{part.none}</p> : <SensitivityList lines={part.lines} />;
}

/** The sensitivity sentences, then the same with every hard constraint off when constraints exclude options. */
export function SensitivityReportView({ report, withoutLabel }: { report: SensitivityReport; withoutLabel: string }) {
  const without = report.withoutConstraints;
  return (
    <>
      <Part part={report.withConstraints} />
      {without && (
        <div data-without-constraints>
          <p><strong>{withoutLabel}</strong> {without.summary}</p>
          <Part part={without} />
        </div>
      )}
    </>
  );
}
