import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDate, formatFte } from '@/utils/format';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { QueryError } from '@/components/errors/query-error';
import { AGENCY_PAGE_SIZE, useAgencyAssignments } from '../api/list-agency-assignments';
import { formatMoney, jobTypeName } from '../utils/labels';
import { RuleFlags } from './rule-flags';

/**
 * The agency workers of a node on a date, with the DfE agency rules each breaks in words. The hourly
 * charge column is there only when the API sent charges (workforce leads and senior managers).
 */
export function AgencyWorkers({
  nodeId,
  nodeName,
  asAt,
  page,
  hrefForPage,
}: {
  nodeId: string;
  nodeName: string;
  asAt: string;
  page: number;
  hrefForPage: (page: number) => string;
}) {
  const assignments = useAgencyAssignments(nodeId, asAt, page);
  if (assignments.isError) return <QueryError error={assignments.error} what="team" />;
  if (!assignments.data) return <Loading label="Loading the agency workers…" />;
  const { items, totalItems } = assignments.data;
  const flagged = items.filter((item) => item.ruleFlags.length > 0).length;
  const showCharges = items.some((item) => item.hourlyCharge !== undefined);
  if (totalItems === 0) return <p>There were no agency workers in {nodeName} on {formatDate(asAt)}.</p>;
  return (
    <>
      <p>
        {totalItems === 1 ? '1 agency worker' : `${totalItems} agency workers`} in {nodeName} on {formatDate(asAt)}
        {totalItems <= AGENCY_PAGE_SIZE && `; ${flagged === 0 ? 'none breaks' : flagged === 1 ? '1 breaks' : `${flagged} break`} a DfE agency rule`}.
      </p>
      <ScrollRegion label={`Agency workers in ${nodeName}`}>
        <table className="wi-table wi-table--compact">
          <caption className="wi-visually-hidden">Agency workers in {nodeName} on {formatDate(asAt)}</caption>
          <thead>
            <tr>
              <th scope="col">Worker</th>
              <th scope="col">Team</th>
              <th scope="col">Job type</th>
              <th scope="col">Agency</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              {showCharges && (
                <th scope="col" className="wi-numeric">
                  Charge per hour
                </th>
              )}
              <th scope="col">DfE agency rules</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.assignmentId}>
                <th scope="row">
                  <Link to={paths.agencyAssignment.getHref(item.assignmentId)}>
                    {item.worker.givenName} {item.worker.familyName}
                  </Link>
                </th>
                <td>{item.node.name}</td>
                <td>
                  {jobTypeName(item.jobType)}
                  {item.fte !== 1 && <span className="wi-secondary-text"> ({formatFte(item.fte)} FTE)</span>}
                </td>
                <td>{item.agencyName}</td>
                <td>{formatDate(item.startDate)}</td>
                <td>{item.endDate ? formatDate(item.endDate) : 'Continuing'}</td>
                {showCharges && <td className="wi-numeric">{item.hourlyCharge !== undefined ? formatMoney(item.hourlyCharge) : ''}</td>}
                <td>
                  <RuleFlags flags={item.ruleFlags} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination page={page} size={AGENCY_PAGE_SIZE} totalItems={totalItems} hrefFor={hrefForPage} label="Pages of agency workers" />
    </>
  );
}
