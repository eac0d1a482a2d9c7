import { useState } from 'react';
import { formatDate } from '@/utils/format';
import { Loading } from '@/components/ui/loading';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { Tag } from '@/components/ui/tag';
import { QueryError } from '@/components/errors/query-error';
import { BRADFORD_PAGE_SIZE, useBradfordFactors } from '../api/list-bradford-factors';
import { bradfordStatus } from '../utils/labels';
import { Pagination } from '@/components/ui/pagination';

/** Each worker's Bradford factor over the 52 weeks to the date, highest first, against the council's trigger. */
export function BradfordFactors({ nodeId, nodeName, asAt }: { nodeId: string; nodeName: string; asAt: string }) {
  const [page, setPage] = useState(0);
  const factors = useBradfordFactors(nodeId, asAt, page);
  if (factors.isError) return <QueryError error={factors.error} what="team" />;
  if (!factors.data) return <Loading label="Loading the Bradford factors…" />;
  const { items, totalItems, trigger, from } = factors.data;
  const weeks = `${formatDate(from)} to ${formatDate(asAt)}`;
  if (totalItems === 0) return <p>Nobody in {nodeName} was off sick from {weeks}.</p>;
  const label = `Bradford factors in ${nodeName}`;
  return (
    <>
      <ScrollRegion label={label}>
        <table className="wi-table wi-table--compact">
          <caption className="wi-table__caption">
            {label}, {weeks}, highest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Worker</th>
              <th scope="col">Team</th>
              <th scope="col" className="wi-numeric">
                Spells
              </th>
              <th scope="col" className="wi-numeric">
                Days lost
              </th>
              <th scope="col" className="wi-numeric">
                Bradford factor
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const status = bradfordStatus(item.atOrAboveTrigger, trigger);
              return (
                <tr key={item.worker.id}>
                  <th scope="row">
                    {item.worker.givenName} {item.worker.familyName}
                  </th>
                  <td>{item.node.name}</td>
                  <td className="wi-numeric">{item.spells}</td>
                  <td className="wi-numeric">{item.daysLost.toFixed(1)}</td>
                  <td className="wi-numeric">{item.bradfordFactor.toFixed(1)}</td>
                  <td>
                    <Tag colour={status.colour}>{status.text}</Tag>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination page={page} size={BRADFORD_PAGE_SIZE} totalItems={totalItems} onPage={setPage} label="Bradford factors" />
    </>
  );
}
