import type { ReactNode } from 'react';

export interface SummaryListRow {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** A GOV.UK-style summary list: terms and their values. */
export function SummaryList({ rows, compact = false }: { rows: SummaryListRow[]; compact?: boolean }) {
  return (
    <dl className={compact ? 'wi-summary-list wi-summary-list--compact' : 'wi-summary-list'}>
      {rows.map((row) => (
        <div className="wi-summary-list__row" key={row.key}>
          <dt className="wi-summary-list__key">{row.label}</dt>
          <dd className="wi-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
