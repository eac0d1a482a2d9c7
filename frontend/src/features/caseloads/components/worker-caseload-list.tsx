import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Tag } from '@/components/ui/tag';
import { SummaryList } from '@/components/ui/summary-list';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { formatFte, formatOneDecimal } from '@/utils/format';
import type { WorkerCaseload } from '../api/get-worker-caseloads';
import { employmentTypeName, roleName } from '@/utils/labels';
import { StatusTag } from './status-tag';
import { WideOrNarrow } from '@/components/ui/wide-or-narrow';

function workerName(row: WorkerCaseload): string {
  return `${row.worker.givenName} ${row.worker.familyName}`;
}

function roleText(row: WorkerCaseload): string {
  return row.employmentType === 'agency' ? `${roleName(row.role)} (agency)` : roleName(row.role);
}

/** A dash for the eye, words for a screen reader. */
function NotRecorded() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <VisuallyHidden>Not recorded</VisuallyHidden>
    </>
  );
}

function Cases({ row }: { row: WorkerCaseload }) {
  return row.cases === undefined ? <NotRecorded /> : <>{row.cases}</>;
}

function CasesPerFte({ row }: { row: WorkerCaseload }) {
  const text = formatOneDecimal(row.casesPerFte);
  return text === undefined ? <NotRecorded /> : <>{text}</>;
}

function AsyeTag({ row }: { row: WorkerCaseload }) {
  if (!row.asye) return null;
  return (
    <>
      {' '}
      <Tag colour="blue">ASYE</Tag>
    </>
  );
}

/**
 * Workers over their threshold first, so that a manager sees them at once
 * (on a phone, before scrolling); otherwise the API's order (team, then name).
 */
export function overThresholdFirst(rows: WorkerCaseload[]): WorkerCaseload[] {
  return [
    ...rows.filter((row) => row.status === 'over-threshold'),
    ...rows.filter((row) => row.status !== 'over-threshold'),
  ];
}

/**
 * Workers' caseloads, twice: a table for wide screens and a list of cards for
 * narrow ones. CSS shows exactly one of them (the other is display: none, so
 * assistive technology meets one too); the one on show is drawn first (WideOrNarrow).
 */
export function WorkerCaseloadList({ rows: unordered, caption }: { rows: WorkerCaseload[]; caption: string }) {
  if (unordered.length === 0) {
    return <p>No workers were in post in this team on this date.</p>;
  }
  const rows = overThresholdFirst(unordered);
  const over = rows.filter((row) => row.status === 'over-threshold').length;
  return (
    <>
      {over > 0 && (
        <p>
          {over === 1 ? '1 worker is' : `${over} workers are`} over their caseload threshold, listed first.
        </p>
      )}
      <WideOrNarrow
        wide={
          <table className="wi-table wi-worker-table">
            <caption className="wi-table__caption">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Worker</th>
                <th scope="col">Role</th>
                <th scope="col" className="wi-numeric">
                  FTE
                </th>
                <th scope="col" className="wi-numeric">
                  Cases
                </th>
                <th scope="col" className="wi-numeric">
                  Cases per FTE
                </th>
                <th scope="col" className="wi-numeric">
                  Threshold
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.worker.id}>
                  <th scope="row">
                    <Link to={paths.worker.getHref(row.worker.id)}>{workerName(row)}</Link>
                    <AsyeTag row={row} />
                  </th>
                  <td>{roleText(row)}</td>
                  <td className="wi-numeric">{formatFte(row.fte)}</td>
                  <td className="wi-numeric">
                    <Cases row={row} />
                  </td>
                  <td className="wi-numeric">
                    <CasesPerFte row={row} />
                  </td>
                  <td className="wi-numeric">{row.caseloadThreshold}</td>
                  <td>
                    <StatusTag status={row.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        caption={caption}
        cards={rows.map((row) => (
          <li className="wi-card" key={row.worker.id}>
            <h3 className="wi-card__title">
              <Link to={paths.worker.getHref(row.worker.id)}>{workerName(row)}</Link>
              <AsyeTag row={row} />
            </h3>
            <SummaryList
              compact
              rows={[
                { key: 'status', label: 'Status', value: <StatusTag status={row.status} /> },
                { key: 'cases', label: 'Cases', value: <Cases row={row} /> },
                { key: 'threshold', label: 'Threshold', value: row.caseloadThreshold },
                { key: 'per-fte', label: 'Cases per FTE', value: <CasesPerFte row={row} /> },
                { key: 'role', label: 'Role', value: roleName(row.role) },
                { key: 'employment', label: 'Employment', value: employmentTypeName(row.employmentType) },
                { key: 'fte', label: 'FTE', value: formatFte(row.fte) },
              ]}
            />
          </li>
        ))}
      />
    </>
  );
}
