import { useState } from 'react';
import { formatDate } from '@/utils/format';
import { Loading } from '@/components/ui/loading';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { QueryError } from '@/components/errors/query-error';
import { LONG_TERM_PAGE_SIZE, useLongTermAbsences } from '../api/get-long-term-absences';
import { reasonText } from '../utils/labels';
import { Pagination } from '@/components/ui/pagination';

/** The long-term sickness absences behind the long-term days per FTE, with their reasons (health data). */
export function LongTermAbsences({ nodeId, nodeName, asAt }: { nodeId: string; nodeName: string; asAt: string }) {
  const [page, setPage] = useState(0);
  const absences = useLongTermAbsences(nodeId, asAt, page);
  if (absences.isError) return <QueryError error={absences.error} what="team" />;
  if (!absences.data) return <Loading label="Loading the long-term absences…" />;
  const { items, totalItems } = absences.data;
  if (totalItems === 0) return <p>No long-term sickness absence in {nodeName} in the 12 months to {formatDate(asAt)}.</p>;
  const label = `Long-term sickness absences in ${nodeName}`;
  return (
    <>
      <ScrollRegion label={label}>
        <table className="wi-table wi-table--compact">
          <caption className="wi-table__caption">
            {label}: {totalItems === 1 ? '1 absence' : `${totalItems} absences`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Worker</th>
              <th scope="col">Team</th>
              <th scope="col">First day</th>
              <th scope="col">Last day</th>
              <th scope="col" className="wi-numeric">
                Working days lost in the year
              </th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.absenceId ?? `${item.worker.id}-${item.absenceFirstDay}`}>
                <th scope="row">
                  {item.worker.givenName} {item.worker.familyName}
                </th>
                <td>{item.node.name}</td>
                <td>{item.absenceFirstDay ? formatDate(item.absenceFirstDay) : ''}</td>
                <td>{item.absenceLastDay ? formatDate(item.absenceLastDay) : ''}</td>
                <td className="wi-numeric">{item.workingDaysLost?.toFixed(1)}</td>
                <td>{reasonText(item.sicknessReason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination page={page} size={LONG_TERM_PAGE_SIZE} totalItems={totalItems} onPage={setPage} label="Long-term absences" />
    </>
  );
}
