import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { formatDate } from '@/utils/format';
import { Loading } from '@/components/ui/loading';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { QueryError } from '@/components/errors/query-error';
import { useAgencyCostByMonth, type MeasureSeries } from '../api/get-agency-cost-by-month';
import { formatPounds, monthLabel, yearOfMonthsFrom } from '../utils/labels';

export interface CostNode {
  id: string;
  name: string;
}

/** One row per month, the node's total first, then a column per child (team or service). */
export function costRows(total: MeasureSeries, children: MeasureSeries[]) {
  return total.points.map((point, index) => ({
    periodStart: point.periodStart,
    asAt: point.asAt,
    partial: point.partial,
    total: point.value ?? null,
    children: children.map((series) => series.points[index]?.value ?? null),
  }));
}

/**
 * Agency cost by month for the node and each of its children: what agencies charged (timesheet hours or
 * days x rate) in each month, from one request however many children there are. Commercial detail, so the
 * route shows it only to leads and senior managers (and the API refuses everyone else).
 */
export function AgencyCost({ node, asAt }: { node: CostNode; asAt: string }) {
  const from = yearOfMonthsFrom(asAt);
  const cost = useAgencyCostByMonth(node.id, from, asAt);
  if (cost.isError) {
    // a refusal inside the page's section, not a second page heading: the agency workers above still show
    if (isApiError(cost.error) && cost.error.status === 403)
      return (
        <p className="wi-inset">
          You do not have permission to see the agency costs of {node.name}: they are shown to workforce leads and senior
          managers, for the parts of the organisation they are responsible for.
        </p>
      );
    return <QueryError error={cost.error} what="team" />;
  }
  if (cost.isPending) return <Loading label="Loading the agency cost by month…" />;
  const children: CostNode[] = cost.data.children.map((series) => ({ id: series.node.id, name: series.node.name }));
  const rows = costRows(cost.data.node, cost.data.children);
  const label = `Agency cost by month in ${node.name}${children.length ? ', and in each of its parts' : ''}`;
  return (
    <ScrollRegion label={label}>
      <table className="wi-table wi-table--compact">
        <caption className="wi-table__caption">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="wi-numeric">
              {node.name}
            </th>
            {children.map((child) => (
              <th scope="col" className="wi-numeric" key={child.id}>
                <Link to={paths.agency.getHref(child.id, asAt)}>{child.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.periodStart}>
              <th scope="row">
                {monthLabel(row.periodStart)}
                {row.partial && <span className="wi-secondary-text"> (to {formatDate(row.asAt)})</span>}
              </th>
              <td className="wi-numeric">{formatPounds(row.total)}</td>
              {row.children.map((value, index) => (
                <td className="wi-numeric" key={children[index].id}>
                  {formatPounds(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
