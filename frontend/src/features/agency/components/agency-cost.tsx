import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDate } from '@/utils/format';
import { Loading } from '@/components/ui/loading';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { QueryError } from '@/components/errors/query-error';
import { useAgencyCostSeries, type MeasureSeries } from '../api/get-agency-cost-series';
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
 * days x rate) in each month. Commercial detail, so the route shows it only to leads and senior managers.
 */
export function AgencyCost({ node, children, asAt }: { node: CostNode; children: CostNode[]; asAt: string }) {
  const from = yearOfMonthsFrom(asAt);
  const nodes = [node, ...children];
  const results = useAgencyCostSeries(
    nodes.map((entry) => entry.id),
    from,
    asAt,
  );
  const failed = results.find((result) => result.isError);
  if (failed) return <QueryError error={failed.error} what="team" />;
  if (results.some((result) => !result.data)) return <Loading label="Loading the agency cost by month…" />;
  const [total, ...perChild] = results.map((result) => result.data as MeasureSeries);
  const rows = costRows(total, perChild);
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
