import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { usePageTitle } from '@/components/ui/page-title';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { SortableTable, type SortableColumn } from '@/components/ui/sortable-table';
import { SummaryList } from '@/components/ui/summary-list';
import { Tag } from '@/components/ui/tag';
import { NotFound } from '@/components/errors/not-found';
import { QueryError } from '@/components/errors/query-error';
import { formatDate } from '@/utils/format';
import { useChildMeasures, type ChildMeasures } from '../api/get-child-measures';
import { useMeasureDefinitions, type MeasureDefinition, type MeasureId } from '@/hooks/use-measure-definitions';
import { ragText, targetText, formatValue } from '../utils/format-measure';
import { MeasureExplanation } from './measure-explanation';

type Row = ChildMeasures['children'][number];
type Result = Row['measures'][number];

/** Worst first when sorting by status descending: red, amber, green, then no status. */
const RAG_ORDER: Record<Result['rag'], number | undefined> = { red: 3, amber: 2, green: 1, none: undefined };

export function childColumns(definition: MeasureDefinition, asAt?: string): SortableColumn<Row>[] {
  const result = (row: Row) => row.measures.find((entry) => entry.measure === definition.id);
  return [
    {
      key: 'name',
      label: 'Name',
      rowHeader: true,
      sortValue: (row) => row.node.name,
      render: (row) => <Link to={paths.measure.getHref(definition.id, row.node.id, asAt)}>{row.node.name}</Link>,
    },
    {
      key: 'value',
      label: definition.name,
      numeric: true,
      sortValue: (row) => result(row)?.value,
      render: (row) => formatValue(result(row)?.value, definition.unit),
    },
    {
      key: 'status',
      label: 'Status',
      sortValue: (row) => {
        const entry = result(row);
        return entry ? RAG_ORDER[entry.rag] : undefined;
      },
      render: (row) => {
        const entry = result(row);
        if (!entry) return '';
        const rag = ragText(entry.rag, entry.value, entry.target !== undefined);
        return <Tag colour={rag.colour}>{rag.text}</Tag>;
      },
    },
    {
      key: 'target',
      label: 'Target',
      sortValue: (row) => result(row)?.target?.target,
      render: (row) => targetText(result(row)?.target, definition.unit),
    },
  ];
}

export interface Crumb {
  id: string;
  name: string;
}

/**
 * One measure for a node: its own figure, the same measure for each child
 * (sortable, each a link one level down) and the workers behind the figure.
 */
export function MeasureDrillDown({
  measureId,
  nodeId,
  asAt,
  page,
  ancestors = [],
  teamPageHref,
  showWorkers = true,
}: {
  measureId: MeasureId;
  nodeId: string;
  asAt?: string;
  page: number;
  /** The nodes above this one, council first, for the breadcrumbs. */
  ancestors?: Crumb[];
  /** The caseload page of a team, when this node is one. */
  teamPageHref?: string;
  /** False for roles that may see figures but never a person (viewer). */
  showWorkers?: boolean;
}) {
  const definitions = useMeasureDefinitions();
  const children = useChildMeasures(nodeId, measureId, asAt);
  const definition = definitions.data?.find((entry) => entry.id === measureId);
  const report = children.data;
  usePageTitle(definition && report ? `${definition.name} in ${report.node.name}` : 'Measure');

  const error = definitions.error ?? children.error;
  if (error) return <QueryError error={error} what="part of the organisation" />;
  if (definitions.isPending || children.isPending || !report) return <Loading label="Loading the measure…" />;
  if (!definition) return <NotFound heading="This measure could not be found" />;

  const own = report.measures.find((entry) => entry.measure === measureId);
  const rag = own ? ragText(own.rag, own.value, own.target !== undefined) : undefined;
  const childWord = report.node.nodeType === 'council' ? 'service or team' : 'team';
  return (
    <>
      <nav className="wi-breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link to={paths.overview.getHref(nodeId, asAt)}>Overview</Link>
          </li>
          {ancestors.map((crumb) => (
            <li key={crumb.id}>
              <Link to={paths.measure.getHref(measureId, crumb.id, asAt)}>{crumb.name}</Link>
            </li>
          ))}
          <li aria-current="page">{report.node.name}</li>
        </ol>
      </nav>
      <h1 className="wi-heading-l">
        <span className="wi-caption">{report.node.name}</span> {definition.name}
      </h1>
      <p>{definition.definition}</p>
      <SummaryList
        rows={[
          { key: 'value', label: `As at ${formatDate(report.asAt)}`, value: formatValue(own?.value, definition.unit, true) },
          { key: 'status', label: 'Status', value: rag ? <Tag colour={rag.colour}>{rag.text}</Tag> : 'No value' },
          { key: 'target', label: 'Target', value: targetText(own?.target, definition.unit) },
          ...(definition.kind === 'stock'
            ? []
            : [{ key: 'period', label: 'Period', value: `${formatDate(report.periodStart)} to ${formatDate(report.asAt)}` }]),
        ]}
      />
      <p>
        <Link to={paths.trends.getHref({ measure: measureId, nodeId })}>
          See the trend of {definition.name} in {report.node.name}
        </Link>
        {teamPageHref && (
          <>
            {' · '}
            <Link to={teamPageHref}>Caseloads in {report.node.name}</Link>
          </>
        )}
      </p>

      {report.children.length > 0 && (
        <section className="wi-section" aria-labelledby="children-heading">
          <h2 className="wi-heading-m" id="children-heading">
            By {childWord}
          </h2>
          <p className="wi-hint">Select a column heading to sort. Select a name to see its figure and the workers behind it.</p>
          <ScrollRegion label={`${definition.name} for each ${childWord} in ${report.node.name}`}>
            <SortableTable
              caption={`${definition.name} for each ${childWord} in ${report.node.name} as at ${formatDate(report.asAt)}`}
              captionHidden
              columns={childColumns(definition, asAt)}
              rows={report.children}
              rowKey={(row) => row.node.id}
            />
          </ScrollRegion>
        </section>
      )}

      {showWorkers && (
        <section className="wi-section" aria-labelledby="workers-heading">
          <h2 className="wi-heading-m" id="workers-heading">
            Workers behind this figure
          </h2>
          <MeasureExplanation
            nodeId={nodeId}
            measureId={measureId}
            measureName={definition.name}
            asAt={asAt}
            page={page}
            hrefForPage={(next) => paths.measure.getHref(measureId, nodeId, asAt, next)}
          />
        </section>
      )}
    </>
  );
}
