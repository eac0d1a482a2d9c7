import { Loading } from '@/components/ui/loading';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { usePageTitle } from '@/components/ui/page-title';
import { QueryError } from '@/components/errors/query-error';
import { formatDate } from '@/utils/format';
import { useMonthlyReport, type MonthlyReportRow } from '../api/get-monthly-report';
import { RAG_WORDS } from '@/utils/labels';
import { changeText, isMonth, monthName, reportValue, TREND_WORDS } from '../utils/format';
import { CommentaryBox } from './commentary-box';
import { DownloadButtons } from './download-buttons';
import { PrintButton } from './print-button';
import { ReportFilters, type ReportNode } from './report-filters';

function targetWords(row: MonthlyReportRow): string {
  if (!row.target) return 'No target set';
  const lower = row.target.direction === 'lower-is-better';
  return `${reportValue(row.target.target, row.unit)} or ${lower ? 'less' : 'more'}`;
}

function MeasureSection({ row, nodeId, month, canWrite }: { row: MonthlyReportRow; nodeId: string; month: string; canWrite: boolean }) {
  const rag = RAG_WORDS[row.rag];
  const trend = TREND_WORDS[row.trend];
  const change = changeText(row.change, row.unit);
  const headingId = `measure-${row.measure}`;
  return (
    <section className="wi-report-measure" aria-labelledby={headingId}>
      <h3 className="wi-heading-m" id={headingId}>
        {row.name}
      </h3>
      <SummaryList
        compact
        rows={[
          { key: 'value', label: 'This month', value: reportValue(row.value, row.unit) },
          { key: 'previous', label: 'Previous month', value: reportValue(row.previousValue, row.unit) },
          {
            key: 'trend',
            label: 'Trend',
            value: (
              <>
                <Tag colour={trend.colour}>{trend.text}</Tag>
                {change ? ` ${change}` : ''}
              </>
            ),
          },
          { key: 'target', label: 'Target', value: targetWords(row) },
          { key: 'status', label: 'Status', value: <Tag colour={rag.colour}>{rag.text}</Tag> },
        ]}
      />
      <CommentaryBox
        commentaryKey={{ nodeId, month, measureId: row.measure }}
        measureName={row.name}
        initialText={row.commentary ?? ''}
        initialVersion={row.commentaryVersion ?? 0}
        canWrite={canWrite}
      />
    </section>
  );
}

/**
 * Every measure for a month beside the month before, with its status against the target, its trend
 * and the lead's commentary: the report the improvement board reads, on screen, printed or as a file.
 */
export function MonthlyReport({
  nodes,
  nodeId,
  month,
  canWrite,
  onChange,
}: {
  nodes: ReportNode[];
  nodeId: string;
  month: string;
  canWrite: boolean;
  onChange: (nodeId: string, month: string) => void;
}) {
  const report = useMonthlyReport(nodeId, month);
  usePageTitle(report.data ? `Monthly report for ${report.data.node.name}, ${monthName(report.data.month)}` : 'Monthly report');
  if (report.error) return <QueryError error={report.error} what="part of the organisation" />;
  if (!report.data) return <Loading label="Loading the monthly report…" />;
  const data = report.data;
  const offTarget = data.rows.filter((row) => row.rag === 'red').length;
  return (
    <>
      <h1 className="wi-heading-l">
        <span className="wi-caption">{data.node.name}</span> Monthly workforce report, {monthName(data.month)}
      </h1>
      <p className="wi-lead">
        Figures as at {formatDate(data.asAt)}, beside {formatDate(data.previousAsAt)}. {data.rows.length} measures,{' '}
        {offTarget} off target.
      </p>
      <ReportFilters
        key={`${nodeId}-${data.month}`}
        nodes={nodes}
        nodeId={nodeId}
        period={data.month}
        periodField={{ id: 'month', label: 'Month', hint: 'Year and month, for example 2026-10', type: 'text', width: '10' }}
        validate={(value) => (isMonth(value) ? undefined : 'Enter a month as year and month, for example 2026-10')}
        onSubmit={(node, value) => onChange(node ?? nodeId, value)}
      />
      <DownloadButtons file={{ report: 'monthly-report', nodeId, month: data.month }} what="monthly report" />
      <PrintButton what="monthly report" />
      <h2 className="wi-heading-m wi-visually-hidden">Measures</h2>
      {data.rows.map((row) => (
        <MeasureSection
          // a newer version read from the API starts the box again from it, rather than from a stale copy
          key={`${nodeId}-${data.month}-${row.measure}-${row.commentaryVersion ?? 0}`}
          row={row}
          nodeId={nodeId}
          month={data.month}
          canWrite={canWrite}
        />
      ))}
    </>
  );
}
