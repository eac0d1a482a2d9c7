import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { Tag } from '@/components/ui/tag';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/errors/query-error';
import { formatDate, isIsoDate } from '@/utils/format';
import type { components } from '@/api/schema';
import { useWeeklyReport, type WeeklyReportRow } from '../api/get-weekly-report';
import { RAG_WORDS } from '@/utils/labels';
import { reportValue } from '../utils/format';
import { DownloadButtons } from './download-buttons';
import { PrintButton } from './print-button';
import { ReportFilters, type ReportNode } from './report-filters';

type MeasureUnit = components['schemas']['MeasureUnit'];

/** The report's columns, in the order the API gives each row's measures. */
export const WEEKLY_COLUMNS: { measure: string; heading: string; unit: MeasureUnit }[] = [
  { measure: 'inPostHeadcount', heading: 'Workers in post', unit: 'count' },
  { measure: 'cases', heading: 'Cases', unit: 'count' },
  { measure: 'averageCaseload', heading: 'Average caseload', unit: 'cases-per-fte' },
  { measure: 'workersOverThreshold', heading: 'Workers over threshold', unit: 'count' },
  { measure: 'unallocatedCases', heading: 'Unallocated cases', unit: 'count' },
  { measure: 'supervisionCompliance', heading: 'Supervision compliance', unit: 'percent' },
  { measure: 'appraisalCompliance', heading: 'Appraisal compliance', unit: 'percent' },
  { measure: 'agencyRate', heading: 'Agency rate', unit: 'percent' },
];

function Cell({ row, measure, unit }: { row: WeeklyReportRow; measure: string; unit: MeasureUnit }) {
  const result = row.measures.find((entry) => entry.measure === measure);
  if (!result) return <td className="wi-numeric">–</td>;
  const rag = RAG_WORDS[result.rag];
  return (
    <td className="wi-numeric">
      <span className="wi-report-figure">{reportValue(result.value, unit)}</span>
      {result.rag !== 'none' && (
        <>
          {' '}
          <Tag colour={rag.colour}>{rag.text}</Tag>
        </>
      )}
    </td>
  );
}

/**
 * Caseloads and compliance for a node and every service and team beneath it, as the board reads
 * it each week: a team's name opens the team's page, a service's shows the report from there down.
 */
export function WeeklyReport({
  nodes,
  nodeId,
  asAt,
  onChange,
}: {
  nodes: ReportNode[];
  nodeId: string;
  asAt?: string;
  onChange: (nodeId: string, asAt: string) => void;
}) {
  const report = useWeeklyReport(nodeId, asAt);
  usePageTitle(report.data ? `Weekly report for ${report.data.node.name}` : 'Weekly report');
  if (report.error) return <QueryError error={report.error} what="part of the organisation" />;
  if (!report.data) return <Loading label="Loading the weekly report…" />;
  const data = report.data;
  return (
    <>
      <h1 className="wi-heading-l">
        <span className="wi-caption">{data.node.name}</span> Weekly caseload and compliance report
      </h1>
      <p className="wi-lead">
        As at {formatDate(data.asAt)}. Compliance and agency figures cover {formatDate(data.periodStart)} to{' '}
        {formatDate(data.asAt)}.
      </p>
      <ReportFilters
        key={`${nodeId}-${data.asAt}`}
        nodes={nodes}
        nodeId={nodeId}
        period={data.asAt}
        periodField={{ id: 'as-at', label: 'As at', type: 'date' }}
        validate={(value) => (isIsoDate(value) ? undefined : 'Enter a real date, for example 2026-11-23')}
        onSubmit={(node, value) => onChange(node ?? nodeId, value)}
      />
      <ScrollRegion label="Weekly report by service and team">
        <table className="wi-table wi-report-table">
          <caption className="wi-table__caption">
            Caseloads and compliance for {data.node.name} and every service and team in it
          </caption>
          <thead>
            <tr>
              <th scope="col">Service or team</th>
              {WEEKLY_COLUMNS.map((column) => (
                <th scope="col" className="wi-numeric" key={column.measure}>
                  {column.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.node.id}>
                <th scope="row" style={{ paddingLeft: `${row.depth * 1.25}rem` }}>
                  {row.node.nodeType === 'team' ? (
                    <Link to={paths.team.getHref(row.node.id, asAt)}>{row.node.name}</Link>
                  ) : row.depth > 0 ? (
                    <Link to={paths.weeklyReport.getHref(row.node.id, asAt)}>{row.node.name}</Link>
                  ) : (
                    row.node.name
                  )}
                  <span className="wi-visually-hidden"> ({row.node.nodeType})</span>
                </th>
                {WEEKLY_COLUMNS.map((column) => (
                  <Cell key={column.measure} row={row} measure={column.measure} unit={column.unit} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <DownloadButtons file={{ report: 'weekly-report', nodeId, asAt: data.asAt }} what="weekly report" />
      <PrintButton what="weekly report" />
    </>
  );
}
